package org.pathsum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code dataflow} on a compiled fixture class: summaries, per-instruction facts, bad input. */
class DataflowCommandTest {

  private static String fixture() throws URISyntaxException {
    return Path.of(DataflowFixture.class.getResource("DataflowFixture.class").toURI()).toString();
  }

  /** The static-field definitions reaching the GETSTATIC that reads counter after the call. */
  private static List<String> counterDefsAtRead(JsonNode j) {
    JsonNode insns = j.get("methods").get(0).get("instructions");
    boolean afterCall = false;
    for (JsonNode i : insns) {
      String text = i.get("instruction").asText();
      if (text.startsWith("INVOKESTATIC") && text.contains("bump")) {
        afterCall = true;
      }
      if (afterCall && text.startsWith("GETSTATIC") && text.endsWith(".counter")) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : i.get("facts")) {
          if (f.asText().startsWith("org.pathsum.cli.DataflowFixture.counter@")) {
            out.add(f.asText());
          }
        }
        return out;
      }
    }
    throw new AssertionError("no read of counter after the call: " + j);
  }

  @Test
  void interproceduralDefinitionsOfStaticFieldsComeFromTheCallee() throws Exception {
    JsonNode inter =
        Cli.run(
                "dataflow", "--classes", fixture(), "--analysis", "reaching-definitions",
                "--method", "DataflowFixture.caller", "--interprocedural", "--json")
            .json();
    List<String> defs = counterDefsAtRead(inter);
    assertEquals(1, defs.size(), defs.toString());
    assertTrue(defs.get(0).contains("PUTSTATIC"), defs.toString());
    JsonNode intra =
        Cli.run(
                "dataflow", "--classes", fixture(), "--analysis", "reaching-definitions",
                "--method", "DataflowFixture.caller", "--json")
            .json();
    List<String> local = counterDefsAtRead(intra);
    assertEquals(1, local.size());
    // Intraprocedurally the caller's own PUTSTATIC reaches; interprocedurally bump's replaces it.
    assertTrue(!local.equals(defs), local + " vs " + defs);
  }

  @Test
  void summaryPerClass() throws Exception {
    Cli c = Cli.run("dataflow", "--classes", fixture(), "--analysis", "live-variables");
    assertEquals(0, c.status, c.err);
    assertTrue(c.out.contains("org.pathsum.cli.DataflowFixture"), c.out);
    JsonNode j =
        Cli.run("dataflow", "--classes", fixture(), "--analysis", "live-variables", "--interprocedural", "--json")
            .json();
    assertEquals(1, j.get("totals").get("classes").asInt());
    assertEquals(3, j.get("classes").get(0).get("methods").asInt()); // <init>, caller, bump
  }

  @Test
  void badInput() throws Exception {
    Cli.run("dataflow", "--classes", "/no/such/dir.jar", "--analysis", "live-variables").assertBadInput(1);
    Cli.run("dataflow", "--classes", fixture(), "--analysis", "taint").assertBadInput(1);
    Cli.run("dataflow", "--classes", fixture(), "--analysis", "live-variables", "--method", "Nope.nothing")
        .assertBadInput(1);
    Cli.run("dataflow", "--classes", "jrt:/no.such.module", "--analysis", "live-variables").assertBadInput(1);
  }
}
