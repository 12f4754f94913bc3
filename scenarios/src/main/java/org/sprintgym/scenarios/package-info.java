/**
 * Scenario scripts: loading a script with its extends chain and --set overrides, validated with
 * FILE:LINE errors, into what a run does.
 */
package org.sprintgym.scenarios;
