/**
 * Renders JMH's CSV results ({@code -rf csv}) as a Markdown report (recorded settings, the DESIGN.md §5 ratios with their
 * targets, every raw result) and PNG charts drawn headless with JFreeChart. Entry point: {@link
 * org.pathsum.benchmarks.report.BenchmarkReport}.
 */
package org.pathsum.benchmarks.report;
