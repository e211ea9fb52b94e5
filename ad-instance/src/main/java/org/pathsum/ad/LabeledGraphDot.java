package org.pathsum.ad;

import java.io.StringWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.pathsum.ad.LabeledGraph.Edge;
import org.pathsum.ad.LabeledGraph.Vertex;

/**
 * Graphviz DOT export of a {@link LabeledGraph} ({@link LabeledGraph#toDot()}) in the lecture's
 * style, through jgrapht-io's {@link DOTExporter}: operands below the operations that use them
 * ({@code rankdir=BT}); each node shows its operation and value ({@code "+ = 8"}, {@code "x = 3"},
 * a constant as its value), inputs as boxes and outputs doubly circled with their names; each edge
 * shows its local partial. Parallel edges ({@code x*x}) are drawn twice. Numbers print compactly:
 * {@code 155}, not {@code 155.0}; non-integers to 6 significant digits.
 *
 * <p>Cost O(|V| + |E|) plus building {@link LabeledGraph#asGraph()} once.
 */
final class LabeledGraphDot {

  private LabeledGraphDot() {}

  /**
   * Writes {@code graph} as DOT to {@code out} (not closed).
   *
   * @throws java.io.UncheckedIOException if writing fails (as jgrapht-io reports it)
   */
  static void write(LabeledGraph graph, Writer out) {
    DOTExporter<Vertex, Edge> exporter =
        new DOTExporter<>(v -> "n" + v.index());
    exporter.setGraphAttributeProvider(
        () -> {
          Map<String, Attribute> a = new LinkedHashMap<>();
          a.put("rankdir", DefaultAttribute.createAttribute("BT"));
          return a;
        });
    exporter.setVertexAttributeProvider(LabeledGraphDot::vertexAttributes);
    exporter.setEdgeAttributeProvider(
        e -> {
          Map<String, Attribute> a = new LinkedHashMap<>();
          a.put("label", DefaultAttribute.createAttribute(Numbers.display(e.label())));
          return a;
        });
    exporter.exportGraph(graph.asGraph(), out);
  }

  /** The DOT text of {@code graph}. */
  static String toDot(LabeledGraph graph) {
    StringWriter w = new StringWriter();
    write(graph, w);
    return w.toString();
  }

  /** The text shown on a node: {@code "x = 3"}, {@code "4"}, {@code "+ = 8"}, {@code "F: * = 920"}. */
  static String nodeText(Vertex v) {
    String value = Numbers.display(v.value());
    String text = v.op() == Op.CONSTANT ? value : v.operationText() + " = " + value;
    if (!v.outputNames().isEmpty()) {
      text = String.join(",", v.outputNames()) + ": " + text;
    }
    return text;
  }

  private static Map<String, Attribute> vertexAttributes(Vertex v) {
    Map<String, Attribute> a = new LinkedHashMap<>();
    a.put("label", DefaultAttribute.createAttribute(nodeText(v)));
    if (v.op() == Op.INPUT) {
      a.put("shape", DefaultAttribute.createAttribute("box"));
    } else if (!v.outputNames().isEmpty()) {
      a.put("shape", DefaultAttribute.createAttribute("doublecircle"));
    } else if (v.op() == Op.CONSTANT) {
      a.put("shape", DefaultAttribute.createAttribute("plaintext"));
    }
    return a;
  }
}
