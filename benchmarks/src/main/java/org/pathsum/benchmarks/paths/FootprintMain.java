package org.pathsum.benchmarks.paths;

import java.io.PrintStream;
import java.util.Locale;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.openjdk.jol.info.GraphLayout;
import org.pathsum.solver.internal.compiled.CompiledDag;
import org.pathsum.solver.internal.compiled.CompiledGraph;

/**
 * Measures bytes per edge of the same random DAG held as JGraphT's default directed weighted
 * multigraph, as a {@link CompiledDag} (structure only), with its {@code double[]} weights, and as
 * the {@link CompiledGraph} that {@link CompiledDag#compile} makes from the JGraphT graph (which
 * adds the vertex and edge maps). Sizes are JOL's {@link GraphLayout#totalSize()}: every object
 * reachable from the root, headers and padding included, for this JVM's layout (compressed oops).
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.pathsum.benchmarks.paths.FootprintMain [edges…]};
 * prints a Markdown table.
 */
public final class FootprintMain {

  private FootprintMain() {}

  /**
   * Bytes per edge of the {@link CompiledDag} (structure only, no weights) of the benchmark DAG with
   * about {@code edges} edges (in-degree 4, seed 42), by JOL; what the regression check holds to
   * its target. Builds the DAG: O(edges) time and memory.
   */
  public static double compiledDagBytesPerEdge(int edges) {
    CompiledDag dag = RandomDag.generate(edges, 4, 42).toCompiledDag();
    return (double) GraphLayout.parseInstance(dag).totalSize() / dag.edgeCount();
  }

  /**
   * Runs the measurement.
   *
   * @param args edge counts; 100000 and 1000000 if none
   */
  public static void main(String[] args) {
    int[] sizes =
        args.length == 0
            ? new int[] {100_000, 1_000_000}
            : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    PrintStream out = System.out;
    out.println(
        "| edges | vertices | JGraphT default graph | CompiledDag | + double[] weights"
            + " | CompiledGraph (DAG + vertex map + edge list) |");
    out.println("|---:|---:|---:|---:|---:|---:|");
    for (int edges : sizes) {
      RandomDag random = RandomDag.generate(edges, 4, 42);
      double[] w = random.lengths(7);
      int m = random.edgeCount();
      Graph<Integer, DefaultWeightedEdge> graph = random.toJGraphT(w);
      long jgrapht = GraphLayout.parseInstance(graph).totalSize();
      CompiledDag dag = random.toCompiledDag();
      long compiled = GraphLayout.parseInstance(dag).totalSize();
      long weights = GraphLayout.parseInstance((Object) w).totalSize();
      CompiledGraph<Integer, DefaultWeightedEdge> c = CompiledDag.compile(graph);
      // The compiled graph shares the vertex and edge objects with the JGraphT graph; count only
      // what it adds.
      long both = GraphLayout.parseInstance(graph, c).totalSize();
      long compiledGraph = both - jgrapht;
      out.printf(
          Locale.ROOT,
          "| %,d | %,d | %.1f B/edge | %.1f B/edge | %.1f B/edge | %.1f B/edge |%n",
          m,
          random.vertexCount,
          (double) jgrapht / m,
          (double) compiled / m,
          (double) (compiled + weights) / m,
          (double) compiledGraph / m);
    }
  }
}
