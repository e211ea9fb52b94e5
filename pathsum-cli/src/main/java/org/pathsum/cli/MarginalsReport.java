package org.pathsum.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.jgrapht.Graph;
import org.pathsum.solver.Marginals;

/**
 * The output of {@code paths --marginals}: the S→T path sum, every edge's marginal (the expected
 * number of times a path drawn in proportion to its weight uses it) in input order, and every
 * vertex's expected visits, as JSON or as a text table. Formatting only: the marginals come from
 * {@link org.pathsum.solver.PathSumSolvers#marginals}.
 */
final class MarginalsReport {

  private MarginalsReport() {}

  /**
   * {@code root} (the query's header) with {@code "value"}, {@code "edges"}: {@code
   * [[from,to,marginal],…]} in the graph's edge order, parallel edges apart, and {@code
   * "vertices"}: {@code {vertex:visits,…}}, zeros included.
   */
  static String json(
      ObjectNode root, Graph<String, FileEdge> graph, Marginals<String, FileEdge> m) {
    root.set("value", Json.number(m.value()));
    ArrayNode edges = root.putArray("edges");
    int position = 0;
    for (FileEdge e : graph.edgeSet()) {
      edges
          .addArray()
          .add(graph.getEdgeSource(e))
          .add(graph.getEdgeTarget(e))
          .add(Json.number(m.edgeAt(position++)));
    }
    ObjectNode vertices = root.putObject("vertices");
    m.vertices().forEach((v, visits) -> vertices.set(v, Json.number(visits)));
    return Json.write(root);
  }

  /** The same as text: the value, then a table of the edges and one of the vertices. */
  static String text(
      String semiringName, Graph<String, FileEdge> graph, Marginals<String, FileEdge> m) {
    StringBuilder sb = new StringBuilder();
    sb.append(semiringName)
        .append(" path sum from ")
        .append(Output.label(m.source()))
        .append(" to ")
        .append(Output.label(m.target()))
        .append(": ")
        .append(Output.number(m.value()))
        .append('\n');
    sb.append("edge marginals (expected uses by a path drawn in proportion to its weight):\n");
    List<String> labels = new ArrayList<>();
    List<String> values = new ArrayList<>();
    int position = 0;
    for (FileEdge e : graph.edgeSet()) {
      labels.add(
          Output.label(graph.getEdgeSource(e)) + " -> " + Output.label(graph.getEdgeTarget(e)));
      values.add(Output.number(m.edgeAt(position++)));
    }
    rows(sb, labels, values);
    sb.append("vertex marginals (expected visits):\n");
    labels.clear();
    values.clear();
    m.vertices()
        .forEach(
            (v, visits) -> {
              labels.add(Output.label(v));
              values.add(Output.number(visits));
            });
    rows(sb, labels, values);
    return sb.toString();
  }

  /** Two columns, the first padded to its widest entry. */
  private static void rows(StringBuilder sb, List<String> labels, List<String> values) {
    int width = 0;
    for (String l : labels) {
      width = Math.max(width, DisplayWidth.of(l));
    }
    for (int i = 0; i < labels.size(); i++) {
      sb.append("  ")
          .append(DisplayWidth.padRight(labels.get(i), width))
          .append("  ")
          .append(values.get(i))
          .append('\n');
    }
  }
}
