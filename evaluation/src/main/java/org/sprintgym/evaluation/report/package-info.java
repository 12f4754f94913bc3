/**
 * The curriculum report: per stage and criterion what was measured, written as JSON, Markdown and
 * self-contained HTML with inline SVG charts.
 */
package org.sprintgym.evaluation.report;
