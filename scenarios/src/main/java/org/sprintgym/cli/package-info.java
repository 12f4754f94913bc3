/**
 * The sprintgym command line on picocli: one class per command, the shared option mixins and the
 * simulation and comparison jobs the commands run.
 */
package org.sprintgym.cli;
