package org.pathsum.cli;

import java.nio.file.Path;
import org.pathsum.semiring.PathSumException;
import org.pathsum.wpds.Configuration;
import org.pathsum.wpds.WeightedPushdownSystem;
import org.pathsum.wpds.WeightedPushdownSystem.UnboundedWeightException;

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
   * @param updateBound the system's {@linkplain WeightedPushdownSystem#updateBound() update bound}
   * @throws InputException for an unreadable file, a malformed line, a weight outside the semiring
   *     or a weight under which saturation need not terminate
   */
  static <W> WeightedPushdownSystem<W> read(
      Path file, WeightDomain<W> domain, boolean unweighted, int updateBound) {
    String text = readText(file);
    String name = file.toString();
    WeightedPushdownSystem.Builder<W> b;
    try {
      b = WeightedPushdownSystem.builder(domain.semiring()).updateBound(updateBound);
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
      RuleText r = RuleText.parse(body, where);
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

  /**
   * A rule line split into its parts, before the weight is interpreted: {@code <p, g> -> <q, h1
   * h2> WEIGHT}. The weight text is stripped and empty if absent; its column is 1-based.
   */
  private record RuleText(Configuration from, Configuration to, String weightText, int weightColumn) {

    /**
     * Parses one line ({@code #} comments already removed); {@code where} is {@code file:line}.
     *
     * @throws InputException naming the column of the first problem, e.g. a left-hand side with
     *     two stack symbols or a right-hand side with three
     */
    static RuleText parse(String line, String where) {
      int lhs = skipBlanks(line, 0);
      int lhsEnd = configurationEnd(line, lhs);
      Configuration from = configuration(line, lhs, lhsEnd, where);
      if (from.stack().size() != 1) {
        throw new InputException(
            where + ":" + (lhs + 1) + ": the left-hand side of a rule has exactly one stack"
                + " symbol, <p, g>; got " + from);
      }
      int arrow = skipBlanks(line, lhsEnd);
      if (!line.startsWith("->", arrow)) {
        throw new InputException(
            where + ":" + (arrow + 1) + ": expected '->' between the two sides of a rule (found "
                + (arrow < line.length() ? "'" + line.charAt(arrow) + "'" : "end of line") + ")");
      }
      int rhs = skipBlanks(line, arrow + 2);
      int rhsEnd = configurationEnd(line, rhs);
      Configuration to = configuration(line, rhs, rhsEnd, where);
      if (to.stack().size() > 2) {
        throw new InputException(
            where + ":" + (rhs + 1) + ": the right-hand side of a rule has at most two stack"
                + " symbols, <q, h1 h2>; got " + to);
      }
      int weight = skipBlanks(line, rhsEnd);
      return new RuleText(from, to, line.substring(weight).strip(), weight + 1);
    }

    /** Just past the first {@code >} from {@code start}, or the end of the line. */
    private static int configurationEnd(String line, int start) {
      int close = line.indexOf('>', start);
      return close < 0 ? line.length() : close + 1;
    }

    private static Configuration configuration(String line, int start, int end, String where) {
      try {
        return Configuration.parse(line.substring(start, end));
      } catch (Configuration.SyntaxException e) {
        throw new InputException(
            where + ":" + (start + e.column()) + ": " + e.reason() + " in a rule");
      }
    }

    private static int skipBlanks(String line, int i) {
      while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
        i++;
      }
      return i;
    }
  }

  /**
   * The file's text (UTF-8, byte-order mark removed), or standard input for {@code -}: the CLI's one
   * reader of text inputs, {@link TextInput}.
   */
  static String readText(Path file) {
    return TextInput.read("--rules", "rule file", file.toString(), System.in).text();
  }
}
