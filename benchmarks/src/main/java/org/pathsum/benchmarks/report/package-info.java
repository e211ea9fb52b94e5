/**
 * Renders JMH's CSV results ({@code -rf csv}) as a Markdown report (recorded settings, the ratios
 * with the project's performance targets, every raw result) and PNG charts drawn headless with
 * JFreeChart ({@link org.pathsum.benchmarks.report.BenchmarkReport}); runs the headline benchmarks
 * and holds their ratios to those targets ({@link org.pathsum.benchmarks.report.RegressionCheck}).
 */
package org.pathsum.benchmarks.report;
