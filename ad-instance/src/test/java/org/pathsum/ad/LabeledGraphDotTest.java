package org.pathsum.ad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.dot.DOTImporter;
import org.junit.jupiter.api.Test;
import org.pathsum.ad.ComputationGraph.Node;

/** DOT export: parsed back with jgrapht-io's importer, labels and structure checked. */
class LabeledGraphDotTest {

  @Test
  void lectureExampleRoundTripsThroughTheDotImporter() {
    LabeledGraph l = LectureExample.graph().labelAt(3, 5);
    String dot = l.toDot();
    int[] counter = {0};
    Graph<String, Object> parsed = new DirectedPseudograph<>(null, () -> counter[0]++, false);
    Map<String, String> vertexLabels = new HashMap<>();
    Map<Object, String> edgeLabels = new HashMap<>();
    DOTImporter<String, Object> importer = new DOTImporter<>();
    importer.setVertexFactory(id -> id);
    importer.addVertexAttributeConsumer(
        (p, a) -> {
          if (p.getSecond().equals("label")) {
            vertexLabels.put(p.getFirst(), value(a));
          }
        });
    importer.addEdgeAttributeConsumer(
        (p, a) -> {
          if (p.getSecond().equals("label")) {
            edgeLabels.put(p.getFirst(), value(a));
          }
        });
    importer.importGraph(parsed, new StringReader(dot));
    assertEquals(8, parsed.vertexSet().size(), dot);
    assertEquals(10, parsed.edgeSet().size(), dot);
    assertEquals("x = 3", vertexLabels.get("n0"));
    assertEquals("4", vertexLabels.get("n2"));
    assertEquals("+ = 8", vertexLabels.get("n5"));
    assertEquals("F: * = 920", vertexLabels.get("n7"));
    // the edges into F carry 40 (from x+4y) and 23 (from (x+y)y)
    Map<String, String> intoF = new HashMap<>();
    for (Object e : parsed.incomingEdgesOf("n7")) {
      intoF.put(parsed.getEdgeSource(e), edgeLabels.get(e));
    }
    assertEquals(Map.of("n4", "40", "n6", "23"), intoF);
  }

  @Test
  void squareKeepsBothParallelEdgesAndRoundsLongNumbers() {
    ComputationGraph.Builder b = ComputationGraph.builder();
    Node x = b.input("x");
    b.output("f", b.arithmetic().mul(x, x));
    LabeledGraph l = b.build().labelAt(1.0 / 3);
    String dot = l.toDot();
    java.io.StringWriter written = new java.io.StringWriter();
    l.writeDot(written);
    assertEquals(dot, written.toString());
    assertEquals(2, dot.split("n0 -> n1").length - 1, dot);
    assertTrue(dot.contains("0.333333"), dot);
  }

  private static String value(Attribute a) {
    return a.getValue();
  }
}
