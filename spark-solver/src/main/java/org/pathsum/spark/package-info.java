/**
 * Path sums on Apache Spark: single-source and single-target path sums over a
 * {@code Dataset} of edges {@code (source, target, weight)}, for graphs beyond one machine.
 *
 * <p>The front door is {@link org.pathsum.spark.SparkPathSums}; {@link
 * org.pathsum.spark.SparkPathSumsMain} is the {@code spark-submit} application behind {@code
 * ./pathsum-spark}. Spark is a {@code provided} dependency: a cluster supplies it.
 */
package org.pathsum.spark;
