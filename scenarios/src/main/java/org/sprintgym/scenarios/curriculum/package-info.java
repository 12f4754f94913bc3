/**
 * Parsing of a scenario's {@code curriculum} YAML section: its keys are checked strictly (see
 * scenarios/SCHEMA.md) and turned into the {@code CurriculumSpec} that
 * {@code org.sprintgym.evaluation.curriculum} trains, gates and graduates.
 */
package org.sprintgym.scenarios.curriculum;
