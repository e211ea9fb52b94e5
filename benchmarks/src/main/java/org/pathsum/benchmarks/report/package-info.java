/**
 * Renders JMH's JSON results as a Markdown report (settings, the DESIGN.md §5 ratios with their
 * targets, every raw result) and PNG charts drawn headless with JFreeChart. Entry point: {@link
 * org.pathsum.benchmarks.report.BenchmarkReport}.
 */
package org.pathsum.benchmarks.report;
