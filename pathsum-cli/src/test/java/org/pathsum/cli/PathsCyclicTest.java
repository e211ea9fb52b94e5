package org.pathsum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pathsum paths} on graphs with cycles: defined sums are computed, undefined ones are
 * refused with exit status 2 and the cycle named. Expected values are derived by hand in comments.
 */
class PathsCyclicTest {

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static Cli paths(Path g, String semiring, String... anchor) {
    String[] args = new String[5 + anchor.length + 1];
    args[0] = "paths";
    args[1] = "--graph";
    args[2] = g.toString();
    args[3] = "--semiring";
    args[4] = semiring;
    System.arraycopy(anchor, 0, args, 5, anchor.length);
    args[args.length - 1] = "--json";
    return Cli.run(args);
  }

  /** s → a → b → a (a loop), b → t. */
  private static final String LOOP = "s a 2\na b 3\nb a 1\nb t 4\n";

  @Test
  void tropicalShortestDistancesIgnoreTheLoop() throws IOException {
    // s=0, a=2, b=2+3=5, t=5+4=9; going round a→b→a adds 4 and never helps.
    JsonNode v = paths(file("g.txt", LOOP), "tropical", "--source", "s").json().get("values");
    assertEquals(0.0, v.get("s").asDouble());
    assertEquals(2.0, v.get("a").asDouble());
    assertEquals(5.0, v.get("b").asDouble());
    assertEquals(9.0, v.get("t").asDouble());
  }

  @Test
  void booleanReachabilityBackwardThroughTheLoop() throws IOException {
    // Every vertex reaches t; the listing omits only zeros (false), so all four appear.
    Path g = file("g.txt", "s a true\na b true\nb a true\nb t true\n");
    JsonNode v = paths(g, "boolean", "--target", "t").json().get("values");
    assertEquals(4, v.size(), v.toString());
    v.forEach(x -> assertTrue(x.asBoolean(), v.toString()));
  }

  @Test
  void realContractiveLoopSumsTheGeometricSeries() throws IOException {
    // s → a weight 1, a → a weight 0.5: sum over k of 0.5^k = 2; a → t weight 3: t = 6.
    Path g = file("g.txt", "s a 1\na a 0.5\na t 3\n");
    JsonNode v = paths(g, "real", "--source", "s").json().get("values");
    assertEquals(2.0, v.get("a").asDouble(), 1e-12);
    assertEquals(6.0, v.get("t").asDouble(), 1e-12);
  }

  @Test
  void countingAroundAReachableCycleIsRefusedNamingIt() throws IOException {
    String err = paths(file("g.txt", LOOP), "counting", "--source", "s").assertBadInput(1).err;
    assertTrue(err.contains("a") && err.contains("b") && err.contains("->"), err);
  }

  @Test
  void countingIgnoresACycleOffThePaths() throws IOException {
    // The cycle x ⇄ y is not reachable from s: two parallel s → t edges, 2 paths.
    Path g = file("g.txt", "s t 1\ns t 1\nx y 1\ny x 1\n");
    assertEquals(2, paths(g, "counting", "--source", "s").json().get("values").get("t").asLong());
  }

  @Test
  void tropicalNegativeCycleIsRefused() throws IOException {
    Path g = file("g.txt", "s a 1\na b -3\nb a 1\n");
    String err = paths(g, "tropical", "--source", "s").assertBadInput(1).err;
    assertTrue(err.contains("a") && err.contains("b"), err);
  }

  @Test
  void realNonContractiveCycleIsRefused() throws IOException {
    Path g = file("g.txt", "s a 1\na b 1\nb a 1\n");
    paths(g, "real", "--source", "s").assertBadInput(1);
  }
}
