package org.pathsum.cli;

import java.nio.file.Path;
import org.pathsum.semiring.PathSumException;
import org.pathsum.wpds.ConfigurationSyntaxException;
import org.pathsum.wpds.Rule;
import org.pathsum.wpds.UnboundedWeightException;
import org.pathsum.wpds.WeightedPushdownSystem;

/**
 * Reads a weighted pushdown system from a rule file: one rule a line, {@code <p, g> -> <q, h1 h2>
 * WEIGHT} (push), {@code <p, g> -> <q, h> WEIGHT} (step), {@code <p, g> -> <q> WEIGHT} (pop); a
 * {@code #} at the start of the line or after a blank starts a comment (as in edge lists: inside a
 * field it is part of it, so a weight {@code 3#c} is refused, not read as 3); blank lines are
 * skipped; a UTF-8 byte-order mark is ignored; {@code -} is standard input. Every error names
 * {@code file:line:column}.
 */
final class RuleFiles {

  private RuleFiles() {}

  /**
   * The system in {@code file}, weights in {@code domain}'s syntax, or all 1̄ when {@code
   * unweighted} (a weight written anyway is then ignored).
   *
   * @throws InputException for an unreadable file, a malformed line, a weight outside the semiring
   *     or a weight under which saturation need not terminate
   */
  static <W> WeightedPushdownSystem<W> read(Path file, WeightDomain<W> domain, boolean unweighted) {
    String text = readText(file);
    String name = file.toString();
    WeightedPushdownSystem.Builder<W> b;
    try {
      b = WeightedPushdownSystem.builder(domain.semiring());
    } catch (PathSumException e) {
      throw new InputException(
          "--semiring "
              + domain.semiring().name()
              + ": weighted pushdown systems need an idempotent semiring (boolean, tropical,"
              + " max-plus, bottleneck, viterbi)");
    }
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int hash = commentStart(line);
      String body = hash < 0 ? line : line.substring(0, hash);
      if (body.isBlank()) {
        continue;
      }
      String where = name + ":" + (i + 1);
      Rule.Text r;
      try {
        r = Rule.Text.parse(body);
      } catch (ConfigurationSyntaxException e) {
        throw new InputException(
            where + ":" + e.column() + ": " + afterColumn(e.getMessage()) + " in a rule");
      }
      W weight;
      if (unweighted) {
        weight = domain.semiring().one();
      } else if (r.weightText().isEmpty()) {
        throw new InputException(
            where
                + ":"
                + r.weightColumn()
                + ": the rule has no weight; write one after it, or use --unweighted");
      } else if (r.weightText().contains(" ") || r.weightText().contains("\t")) {
        throw new InputException(
            where + ":" + r.weightColumn() + ": expected one weight, got '" + r.weightText() + "'");
      } else {
        weight = domain.parse(r.weightText(), where + ":" + r.weightColumn());
      }
      try {
        b.rule(r.from(), r.to(), weight);
      } catch (UnboundedWeightException e) {
        throw new InputException(
            where
                + ":"
                + r.weightColumn()
                + ": weight "
                + r.weightText()
                + " improves when the rule repeats, so the "
                + domain.semiring().name()
                + " values need not exist; use weights w with w ⊕ w⊗w = w"
                + " (tropical ≥ 0, max-plus ≤ 0)");
      }
    }
    return b.build();
  }

  /** Where the comment of {@code line} starts (a '#' first or after a blank), or -1. */
  private static int commentStart(String line) {
    for (int i = line.indexOf('#'); i >= 0; i = line.indexOf('#', i + 1)) {
      if (i == 0 || Character.isWhitespace(line.charAt(i - 1))) {
        return i;
      }
    }
    return -1;
  }

  private static String afterColumn(String message) {
    int colon = message.indexOf(": ");
    return colon < 0 ? message : message.substring(colon + 2);
  }

  /**
   * The file's text (UTF-8, byte-order mark removed), or standard input for {@code -}: the CLI's one
   * reader of text inputs, {@link TextInput}.
   */
  static String readText(Path file) {
    return TextInput.read("--rules", "rule file", file.toString(), System.in).text();
  }
}
