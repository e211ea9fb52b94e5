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
 * {@code wpds} on a small recursive program, values derived by hand:
 *
 * <pre>
 *   main: call f (1), then return site r steps to end (0.5)
 *   f:    either returns at once (2) or calls itself (1) and then returns (2)
 * </pre>
 *
 * From ⟨p, main⟩ the cheapest way to ⟨p, end⟩ is 1 + 2 + 0.5 = 3.5.
 */
class WpdsCommandTest {

  @TempDir Path dir;

  private static final String RULES =
      "\uFEFF# a recursive procedure\n"
          + "<p, main> -> <p, f r> 1\n"
          + "<p, f> -> <p> 2          # return\n"
          + "<p, f> -> <p, f s> 1     # recurse\n"
          + "<p, s> -> <p> 2\n"
          + "\n"
          + "<p, r> -> <p, end> 0.5\n";

  private Path write(String text) throws IOException {
    Path f = dir.resolve("rules.txt");
    Files.writeString(f, text);
    return f;
  }

  @Test
  void postStarJson() throws IOException {
    Path f = write(RULES);
    JsonNode j =
        Cli.run(
                "wpds", "--rules", f.toString(), "--semiring", "tropical", "--from", "<p, main>",
                "--query", "<p, end>", "<p,f s r>", "<p, s>", "--json")
            .json();
    assertEquals("tropical", j.get("semiring").asText());
    assertEquals("<p, main>", j.get("from").asText());
    assertEquals(3.5, j.get("values").get("<p, end>").asDouble());
    assertEquals(2.0, j.get("values").get("<p, f s r>").asDouble());
    assertEquals("Infinity", j.get("values").get("<p, s>").asText(), "known names, never reached");
  }

  @Test
  void preStarWithWitnessText() throws IOException {
    Path f = write(RULES);
    Cli c =
        Cli.run(
            "wpds", "--rules", f.toString(), "--semiring", "tropical", "--to", "<p, end>",
            "--query", "<p, main>", "--witness");
    assertEquals(0, c.status, c.err);
    assertTrue(c.out.contains("<p, main>  3.5"), c.out);
    assertTrue(c.out.contains("<p, main> -> <p, f r> 1"), c.out);
    assertTrue(c.out.contains("<p, r> -> <p, end> 0.5"), c.out);
  }

  @Test
  void unweightedBooleanAndWitnessJson() throws IOException {
    Path f = write("<p, a> -> <q, b c>\n<q, b> -> <q>\n");
    JsonNode j =
        Cli.run(
                "wpds", "--rules", f.toString(), "--semiring", "boolean", "--unweighted", "--from",
                "<p, a>", "--query", "<q, c>", "<q, a>", "--witness", "--json")
            .json();
    assertTrue(j.get("values").get("<q, c>").asBoolean());
    assertEquals(false, j.get("values").get("<q, a>").asBoolean());
    assertEquals(2, j.get("witnesses").get("<q, c>").size());
    assertEquals("<p, a> -> <q, b c> true", j.get("witnesses").get("<q, c>").get(0).asText());
  }

  @Test
  void badRuleFilesNameFileLineAndColumn() throws IOException {
    Path f = write("<p, a> -> <q, b> 1\n<p, a b> -> <q> 1\n");
    Cli c = Cli.run("wpds", "--rules", f.toString(), "--semiring", "tropical", "--from", "<p, a>", "--query", "<q>");
    c.assertBadInput(1);
    assertTrue(c.err.contains(f + ":2:1:"), c.err);

    f = write("<p, a> -> <q, b c d> 1\n");
    c = Cli.run("wpds", "--rules", f.toString(), "--semiring", "tropical", "--from", "<p, a>", "--query", "<q>");
    c.assertBadInput(1);
    assertTrue(c.err.contains(f + ":1:11:"), c.err);

    f = write("<p, a> -> <q, b>\n");
    c = Cli.run("wpds", "--rules", f.toString(), "--semiring", "tropical", "--from", "<p, a>", "--query", "<q>");
    c.assertBadInput(1);
    assertTrue(c.err.contains(f + ":1:17:"), c.err);

    f = write("<p, a> -> <q, b> -1\n");
    c = Cli.run("wpds", "--rules", f.toString(), "--semiring", "tropical", "--from", "<p, a>", "--query", "<q>");
    c.assertBadInput(1);
    assertTrue(c.err.contains(f + ":1:18:"), c.err);

    f = write("<p, a> -> <q, b> maybe\n");
    c = Cli.run("wpds", "--rules", f.toString(), "--semiring", "boolean", "--from", "<p, a>", "--query", "<q>");
    c.assertBadInput(1);
    assertTrue(c.err.contains(f + ":1:18:"), c.err);

    f = write("<p, a> => <q, b> 1\n");
    c = Cli.run("wpds", "--rules", f.toString(), "--semiring", "tropical", "--from", "<p, a>", "--query", "<q>");
    c.assertBadInput(1);
    assertTrue(c.err.contains(f + ":1:8:"), c.err);
  }

  @Test
  void badConfigurationsSemiringsAndFiles() throws IOException {
    Path f = write(RULES);
    Cli c = Cli.run("wpds", "--rules", f.toString(), "--semiring", "tropical", "--from", "<p, main", "--query", "<q>");
    c.assertBadInput(1);
    assertTrue(c.err.contains("--from '<p, main': column 9"), c.err);
    c = Cli.run("wpds", "--rules", f.toString(), "--semiring", "tropical", "--from", "<p, main>", "--query", "p, a>");
    c.assertBadInput(1);
    assertTrue(c.err.contains("--query"), c.err);
    c = Cli.run("wpds", "--rules", f.toString(), "--semiring", "real", "--from", "<p, main>", "--query", "<p>");
    c.assertBadInput(1);
    assertTrue(c.err.contains("idempotent"), c.err);
    c = Cli.run("wpds", "--rules", dir.resolve("missing.txt").toString(), "--semiring", "tropical", "--from", "<p, main>", "--query", "<p>");
    c.assertBadInput(1);
    c = Cli.run("wpds", "--rules", f.toString(), "--semiring", "tropical", "--query", "<p>");
    assertEquals(2, c.status);
    assertEquals("", c.out);
  }

  /** Names no rule mentions are refused like an unknown vertex, in every option that takes one. */
  @Test
  void namesThatNoRuleMentionsAreRefused() throws IOException {
    Path f = write(RULES);
    String[][] cases = {
      {"--from", "<q, main>", "--query", "<p, end>"},
      {"--from", "<p, mian>", "--query", "<p, end>"},
      {"--to", "<p, end>", "--query", "<p, main>", "<p, nowhere>"},
      {"--from", "<p, main>", "--query", "<p, end zz>"},
      {"--to", "<q>", "--query", "<p, main>"},
    };
    for (String[] opts : cases) {
      String[] args = new String[6 + opts.length];
      System.arraycopy(
          new String[] {"wpds", "--rules", f.toString(), "--semiring", "tropical", "--json"}, 0, args, 0, 6);
      System.arraycopy(opts, 0, args, 6, opts.length);
      Cli c = Cli.run(args);
      c.assertBadInput(1);
      assertTrue(c.err.contains("appears in no rule of " + f), c.err);
    }
    Cli c = Cli.run("wpds", "--rules", f.toString(), "--semiring", "tropical", "--from", "<p, main>", "--query", "<p, nowhere>");
    assertTrue(c.err.contains("--query '<p, nowhere>': stack symbol nowhere"), c.err);
    c = Cli.run("wpds", "--rules", write("# nothing yet\n").toString(), "--semiring", "tropical", "--from", "<p, main>", "--query", "<p>");
    c.assertBadInput(1);
    assertTrue(c.err.contains("has no rules"), c.err);
  }

  @Test
  void overflowIsRefusedNotPrintedAsUnreachable() throws IOException {
    Path f = write("<p, a> -> <p, b> 1e308\n<p, b> -> <p, c> 1e308\n");
    for (String anchor : new String[] {"--from", "--to"}) {
      Cli c =
          Cli.run(
              "wpds", "--rules", f.toString(), "--semiring", "tropical", anchor,
              anchor.equals("--from") ? "<p, a>" : "<p, c>", "--query",
              anchor.equals("--from") ? "<p, c>" : "<p, a>");
      c.assertBadInput(1);
      assertTrue(c.err.contains("leaves the range of the tropical semiring"), c.err);
    }
    f = write("<p, a> -> <p, b> 1e-200\n<p, b> -> <p, c> 1e-200\n");
    Cli.run("wpds", "--rules", f.toString(), "--semiring", "viterbi", "--from", "<p, a>", "--query", "<p, c>")
        .assertBadInput(1);
  }

  @Test
  void updateBoundIsAnOption() throws IOException {
    // Three routes of different weights into <p, d>: its transition improves twice.
    Path f =
        write("<p, a> -> <p, b> 1\n<p, a> -> <p, c> 5\n<p, b> -> <p, d> 9\n<p, c> -> <p, d> 1\n"
            + "<p, a> -> <p, e> 0\n<p, e> -> <p, f> 0\n<p, f> -> <p, g> 0\n<p, g> -> <p, d> 0\n");
    Cli ok =
        Cli.run("wpds", "--rules", f.toString(), "--semiring", "tropical", "--from", "<p, a>", "--query", "<p, d>", "--json");
    assertEquals(0, ok.status, ok.err);
    assertEquals(0.0, ok.json().get("values").get("<p, d>").asDouble());
    Cli low =
        Cli.run(
            "wpds", "--rules", f.toString(), "--semiring", "tropical", "--from", "<p, a>", "--query",
            "<p, d>", "--update-bound", "1");
    low.assertBadInput(1);
    assertTrue(low.err.contains("changed more than 1 times"), low.err);
    assertTrue(low.err.contains("--update-bound"), low.err);
    Cli.run("wpds", "--rules", f.toString(), "--semiring", "tropical", "--from", "<p, a>", "--query", "<p, d>", "--update-bound", "0")
        .assertBadInput(1);
  }
}
