package org.pathsum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text and JSON formatting: signed zeros, long labels, wide characters. */
class OutputFormatTest {

  @TempDir Path dir;

  @Test
  void displayWidthCountsWideCharactersTwiceAndMarksNone() {
    assertEquals(3, DisplayWidth.of("abc"));
    assertEquals(4, DisplayWidth.of("東京"));
    assertEquals(6, DisplayWidth.of("서울역"));
    assertEquals(4, DisplayWidth.of("カナ"));
    assertEquals(4, DisplayWidth.of("ＡＢ"), "fullwidth Latin");
    assertEquals(2, DisplayWidth.of("ｶﾅ"), "halfwidth katakana is narrow");
    assertEquals(1, DisplayWidth.of("e\u0301"), "a combining accent takes no column");
    assertEquals(2, DisplayWidth.of("😀"), "an emoji outside the BMP is one wide code point");
    assertEquals(0, DisplayWidth.of("\u200D"));
    assertEquals(1, DisplayWidth.of("α"));
  }

  @Test
  void shortenKeepsWithinTheWidthAndMarksTheCut() {
    assertEquals("abc", DisplayWidth.shorten("abc", 3));
    assertEquals("ab…", DisplayWidth.shorten("abcd", 3));
    assertEquals("東…", DisplayWidth.shorten("東京都", 4));
    String s = DisplayWidth.shorten("東京都", 5);
    assertTrue(DisplayWidth.of(s) <= 5, s);
    assertEquals("😀…", DisplayWidth.shorten("😀😀😀", 3), "never splits a surrogate pair");
  }

  @Test
  void negativeZeroIsPrintedAsZero() {
    assertEquals("0", Output.number(-0.0));
    assertEquals("0.0", Json.number(-0.0).toString());
    // -x*0 is -0.0 in IEEE arithmetic; all three columns print the same zero.
    Cli cli = Cli.run("grad", "--expr=-x*0", "--at", "x=1", "--json");
    cli.json();
    assertFalse(cli.out.contains("-0.0"), cli.out);
  }

  @Test
  void numbersAreDoubleToStringExceptIntegersAndInfinities() {
    // Output.number appends to a StringBuilder; its text must be exactly what the format promises,
    // with Double.toString's digits (the README and tests pin it), on curated and random doubles.
    double[] curated = {
      0.0, -0.0, 1.0, -1.0, 0.5, 920.0, 1e15, -1e15, 1e15 - 1, 9.999999999999998e14, 1e16,
      Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
      Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e23, 2e23, 0.1 + 0.2,
      1e-3, 1e-4, 1e7, 1e-7, 268.39300000000003, -7.4043247012839305E-9, 4.35e-322
    };
    for (double v : curated) {
      assertEquals(expectedNumber(v), Output.number(v), Double.toString(v));
    }
    long seed = 42;
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      double v =
          switch (i % 3) {
            case 0 -> Double.longBitsToDouble(rnd.nextLong()); // any bit pattern
            case 1 -> rnd.nextDouble() * Math.pow(10, rnd.nextInt(-12, 18)); // scaled decimals
            default -> rnd.nextInt(-100000, 100000) / 1000.0; // short decimals and integers
          };
      sb.setLength(0);
      assertEquals(
          expectedNumber(v),
          Output.appendNumber(sb.append('x'), v).substring(1),
          "seed " + seed + ", bits " + Long.toHexString(Double.doubleToRawLongBits(v)));
    }
  }

  /** The format written independently: inf/-inf, integers below 1e15 plainly, else toString. */
  private static String expectedNumber(double v) {
    if (v == Double.POSITIVE_INFINITY) {
      return "inf";
    }
    if (v == Double.NEGATIVE_INFINITY) {
      return "-inf";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  @Test
  void wideVertexNamesAreAligned() throws IOException {
    Path g = dir.resolve("g.txt");
    Files.writeString(g, "東京 a 2\n東京 大阪府 3\na x 1\n");
    Cli cli = Cli.run("paths", "--graph", g.toString(), "--semiring", "tropical", "--source", "東京");
    assertEquals(0, cli.status, cli.err);
    List<String> rows = cli.out.lines().skip(1).toList();
    assertEquals(4, rows.size(), cli.out);
    for (String row : rows) {
      String[] parts = row.strip().split("\\s+");
      String value = parts[parts.length - 1];
      int column = DisplayWidth.of(row.substring(0, row.lastIndexOf(value)));
      assertEquals(2 + 6 + 2, column, "the value column starts after the widest name: " + cli.out);
    }
  }

  /**
   * A table of many windows (the rows are formatted in windows of 8,192, two halves at once): every
   * row in first-appearance order, aligned, with its exact number, zero sums omitted.
   */
  @Test
  void aLargeTableIsEveryRowInOrder() throws IOException {
    java.util.SplittableRandom random = new java.util.SplittableRandom(5);
    int n = 3 * 8192 + 77;
    StringBuilder file = new StringBuilder();
    List<String> names = new java.util.ArrayList<>();
    List<Double> sums = new java.util.ArrayList<>();
    names.add("s");
    sums.add(1.0);
    for (int i = 0; i < n; i++) {
      String name = i % 1000 == 7 ? "東" + i : "v" + i;
      double w = i % 997 == 3 ? 0.0 : random.nextDouble(-1e3, 1e3) * Math.pow(10, random.nextInt(-12, 3));
      file.append("s ").append(name).append(' ').append(w).append('\n');
      if (w != 0.0) {
        names.add(name);
        sums.add(w);
      }
    }
    Path g = dir.resolve("star.txt");
    Files.writeString(g, file);
    Cli cli = Cli.run("paths", "--graph", g.toString(), "--semiring", "real", "--source", "s");
    assertEquals(0, cli.status, cli.err);
    List<String> rows = cli.out.lines().skip(1).toList();
    assertEquals(names.size(), rows.size());
    int width = names.stream().mapToInt(DisplayWidth::of).max().getAsInt();
    for (int i = 0; i < rows.size(); i++) {
      String name = names.get(i);
      String expected =
          "  " + name + " ".repeat(width - DisplayWidth.of(name)) + "  " + expectedNumber(sums.get(i));
      assertEquals(expected, rows.get(i), "row " + i);
    }
  }

  @Test
  void longLabelsAreShortenedInText() {
    StringBuilder expr = new StringBuilder("x");
    for (int i = 0; i < 2000; i++) {
      expr.append(" + x");
    }
    String longName = "v".repeat(500);
    Cli cli = Cli.run("grad", "--expr", expr + "; " + longName + " = x; " + longName, "--at", "x=1");
    assertEquals(0, cli.status, cli.err);
    for (String line : cli.out.lines().toList()) {
      assertTrue(DisplayWidth.of(line) <= 2 * Output.LABEL_WIDTH + 20, "short line: " + line);
    }
    assertTrue(cli.out.contains("…"), cli.out);
    assertTrue(cli.out.contains("\n" + DisplayWidth.shorten(expr.toString(), Output.LABEL_WIDTH) + " = 2001\n"), cli.out);
    // JSON keeps the full names.
    Cli json = Cli.run("grad", "--expr", expr.toString(), "--at", "x=1", "--json");
    assertEquals(expr.toString(), json.json().get("names").get(0).asText());
  }
}
