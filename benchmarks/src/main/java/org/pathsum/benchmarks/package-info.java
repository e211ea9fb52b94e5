/**
 * JMH benchmarks of pathsum: the compiled path sweeps against a raw array loop and JGraphT's
 * shortest-path algorithms, automatic differentiation against hand-written code and Hipparchus, and
 * the report that turns JMH's CSV results into tables and charts. Run them from the shaded jar {@code
 * benchmarks/target/benchmarks.jar} with {@code benchmarks/quick.sh} or {@code benchmarks/full.sh}.
 */
package org.pathsum.benchmarks;
