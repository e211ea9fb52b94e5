package org.pathsum.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jgrapht.GraphPath;
import org.pathsum.solver.KBestPaths;
import org.pathsum.solver.PathSums;

/**
 * The output of {@code paths --k K}: per vertex the weights of the K best walks between it and the
 * anchor, best first, and with {@code --witness} the walks themselves. Values and walks are read
 * from the one {@link KBestPaths}, so each walk's weight is the value printed beside it. Formatting
 * only.
 */
final class KBestReport {

  private KBestReport() {}

  /**
   * {@code root} (the query's header) with {@code "values":{vertex:[w1,…]}} for every vertex of
   * {@code vertices} with at least one walk, and with {@code witness} {@code
   * "witnesses":{vertex:[[v,…],…]}}.
   */
  static String json(
      ObjectNode root,
      KBestPaths<String, FileEdge> best,
      Collection<String> vertices,
      boolean witness) {
    ObjectNode values = root.putObject("values");
    ObjectNode witnesses = witness ? root.putObject("witnesses") : null;
    for (String v : vertices) {
      double[] w = best.weights(v);
      if (w.length == 0) {
        continue;
      }
      values.set(v, weights(w));
      if (witness) {
        witnesses.set(v, walks(best.paths(v)));
      }
    }
    return Json.write(root);
  }

  /**
   * {@code root} with {@code "value":[w1,…]}, the weights of the best walks to {@code target} (an
   * empty list when there is none), and with {@code witness} {@code "witnesses":[[S,…,T],…]}.
   */
  static String pairJson(
      ObjectNode root, KBestPaths<String, FileEdge> best, String target, boolean witness) {
    root.set("value", weights(best.weights(target)));
    if (witness) {
      root.set("witnesses", walks(best.paths(target)));
    }
    return Json.write(root);
  }

  /**
   * The text table: a header, then per vertex with a walk its weights, comma-separated, or with
   * {@code witness} one line per walk (its weight and its vertices).
   */
  static String text(
      String semiringName,
      KBestPaths<String, FileEdge> best,
      Collection<String> vertices,
      boolean witness) {
    StringBuilder sb = new StringBuilder();
    sb.append(semiringName)
        .append(' ')
        .append(best.k())
        .append(" best walk weights ")
        .append(best.direction() == PathSums.Direction.FROM_SOURCE ? "from " : "to ")
        .append(Output.label(best.anchor()))
        .append(" (vertices without a walk omitted):\n");
    List<String> listed = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    int width = 0;
    for (String v : vertices) {
      double[] w = best.weights(v);
      if (w.length > 0) {
        listed.add(v);
        rows.add(w);
        width = Math.max(width, DisplayWidth.of(Output.label(v)));
      }
    }
    for (int i = 0; i < listed.size(); i++) {
      String label = DisplayWidth.padRight(Output.label(listed.get(i)), width);
      if (witness) {
        walkLines(
            sb, "  " + label + "  ", " ".repeat(width + 4), rows.get(i), best.paths(listed.get(i)));
      } else {
        sb.append("  ").append(label).append("  ").append(list(rows.get(i))).append('\n');
      }
    }
    return sb.toString();
  }

  /** A pair query as text: the weights on one line, then with {@code witness} the walks. */
  static String pairText(
      String semiringName, KBestPaths<String, FileEdge> best, String target, boolean witness) {
    double[] w = best.weights(target);
    StringBuilder sb = new StringBuilder();
    sb.append(semiringName)
        .append(' ')
        .append(best.k())
        .append(" best walk weights from ")
        .append(Output.label(best.anchor()))
        .append(" to ")
        .append(Output.label(target))
        .append(": ")
        .append(w.length == 0 ? "none (no walk)" : list(w))
        .append('\n');
    if (witness && w.length > 0) {
      walkLines(sb, "  ", "  ", w, best.paths(target));
    }
    return sb.toString();
  }

  /** One line per walk: its weight, padded, and its vertices joined by arrows. */
  private static void walkLines(
      StringBuilder sb,
      String firstPrefix,
      String prefix,
      double[] weights,
      List<GraphPath<String, FileEdge>> paths) {
    int valueWidth = 0;
    for (double x : weights) {
      valueWidth = Math.max(valueWidth, Output.number(x).length());
    }
    for (int j = 0; j < weights.length; j++) {
      sb.append(j == 0 ? firstPrefix : prefix)
          .append(DisplayWidth.padRight(Output.number(weights[j]), valueWidth))
          .append("  ")
          .append(
              paths.get(j).getVertexList().stream()
                  .map(Output::label)
                  .collect(Collectors.joining(" -> ")))
          .append('\n');
    }
  }

  private static String list(double[] w) {
    StringBuilder sb = new StringBuilder();
    for (int j = 0; j < w.length; j++) {
      if (j > 0) {
        sb.append(", ");
      }
      Output.appendNumber(sb, w[j]);
    }
    return sb.toString();
  }

  private static ArrayNode weights(double[] w) {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    for (double x : w) {
      a.add(Json.number(x));
    }
    return a;
  }

  private static ArrayNode walks(List<GraphPath<String, FileEdge>> paths) {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    for (GraphPath<String, FileEdge> p : paths) {
      ArrayNode walk = a.addArray();
      p.getVertexList().forEach(walk::add);
    }
    return a;
  }
}
