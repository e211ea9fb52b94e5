package org.pathsum.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.Semirings;

/**
 * A semiring of {@code pathsum paths} together with how its weights are written in a graph file and
 * printed in the output. Immutable.
 *
 * <ul>
 *   <li>{@code real tropical max-plus bottleneck viterbi log}: decimal numbers; {@code inf},
 *       {@code +inf}, {@code -inf} (also {@code Infinity}) where the semiring's carrier has them
 *       (real: finite only; viterbi: [0, 1]; log: the natural logarithm of a non-negative weight,
 *       so no +inf). Printed as JSON numbers, ±∞ as {@code "Infinity"} / {@code
 *       "-Infinity"}.
 *   <li>{@code boolean}: {@code true false 1 0}; printed as JSON booleans.
 *   <li>{@code counting}: a non-negative integer that fits a {@code long}; printed as a JSON
 *       integer.
 * </ul>
 *
 * @param <W> the weight type
 */
final class WeightDomain<W> {

  /** The names {@code paths --semiring} accepts, in the order they are documented. */
  static final List<String> NAMES =
      List.of(
          "real", "boolean", "tropical", "max-plus", "counting", "bottleneck", "viterbi", "log");

  static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern INFINITY = Pattern.compile("([+-]?)(inf|infinity)");
  private static final Pattern INTEGER = Pattern.compile("\\+?\\d+");

  private final Semiring<W> semiring;
  private final String carrier;
  private final Function<String, Optional<W>> parser;
  private final Function<W, JsonNode> json;

  private WeightDomain(
      Semiring<W> semiring,
      String carrier,
      Function<String, Optional<W>> parser,
      Function<W, JsonNode> json) {
    this.semiring = semiring;
    this.carrier = carrier;
    this.parser = parser;
    this.json = json;
  }

  /**
   * The domain of the semiring named {@code name}, one of {@link #NAMES}.
   *
   * @throws InputException naming {@code name} and listing the valid names
   */
  static WeightDomain<?> byName(String name) {
    Objects.requireNonNull(name, "name");
    switch (name) {
      case "real":
        return doubles(Semirings.real(), "a finite decimal number");
      case "tropical":
        return doubles(Semirings.tropical(), "a decimal number or inf");
      case "max-plus":
        return doubles(Semirings.maxPlus(), "a decimal number or -inf");
      case "bottleneck":
        return doubles(Semirings.bottleneck(), "a decimal number, inf or -inf");
      case "viterbi":
        return doubles(Semirings.viterbi(), "a probability in [0, 1]");
      case "log":
        return doubles(
            Semirings.log(), "a natural logarithm, ln(w): a decimal number or -inf (w = 0)");
      case "boolean":
        return new WeightDomain<>(
            Semirings.booleans(),
            "true, false, 1 or 0",
            WeightDomain::parseBoolean,
            b -> JsonNodeFactory.instance.booleanNode(b));
      case "counting":
        return new WeightDomain<>(
            Semirings.counting(),
            "a non-negative integer",
            WeightDomain::parseCount,
            n -> JsonNodeFactory.instance.numberNode(n));
      default:
        throw new InputException(
            "unknown semiring '" + name + "'; choose one of " + String.join(", ", NAMES));
    }
  }

  private static WeightDomain<Double> doubles(Semiring<Double> s, String carrier) {
    boolean finiteOnly = s.name().equals("real");
    return new WeightDomain<>(
        s,
        carrier,
        text -> {
          Optional<Double> v = parseDouble(text);
          return v.filter(d -> !finiteOnly || Double.isFinite(d));
        },
        Json::number);
  }

  /**
   * This domain reading weights as OpenFst writes them in an automaton's text: the same syntax,
   * except in {@code log}, where OpenFst writes −ln p and pathsum ln p, so a weight read is negated
   * (OpenFst's 0̄, {@code Infinity}, becomes −∞). Printing is unchanged: values come out in
   * pathsum's convention.
   */
  WeightDomain<W> openFst() {
    if (!semiring.name().equals("log")) {
      return this;
    }
    return new WeightDomain<>(
        semiring,
        "an OpenFst log weight, -ln(p): a decimal number or Infinity (p = 0)",
        text -> parser.apply(text).map(WeightDomain::negated),
        json);
  }

  @SuppressWarnings("unchecked")
  private static <W> W negated(W w) {
    return (W) (Double) (-(Double) w);
  }

  /** The semiring. */
  Semiring<W> semiring() {
    return semiring;
  }

  /**
   * The weight written as {@code text}.
   *
   * @param where where {@code text} is, for the message (e.g. {@code "g.txt:3:7"})
   * @throws InputException if {@code text} is not a weight of this semiring
   */
  W parse(String text, String where) {
    return tryParse(text).orElseThrow(() -> notAWeight(text, where));
  }

  /** The weight written as {@code text}, or empty if it is not one of this semiring. */
  Optional<W> tryParse(String text) {
    return parser.apply(text).filter(semiring::isMember);
  }

  /** The error for {@code text} at {@code where} that {@link #parse} throws. */
  InputException notAWeight(String text, String where) {
    return new InputException(
        where
            + ": weight '"
            + text
            + "' is not in the "
            + semiring.name()
            + " semiring; write "
            + carrier);
  }

  /** Whether the weights are {@code Double}s (the semirings over decimal numbers). */
  boolean isDouble() {
    return semiring.one() instanceof Double;
  }

  /**
   * Whether {@code w} is exactly the semiring's zero: numerically for doubles (so {@code -0.0} is
   * the real zero), by {@code equals} otherwise. Not {@link Semiring#equivalent}, whose tolerance
   * would hide a tiny but non-zero path sum.
   */
  boolean isZero(W w) {
    return semiring.isZero(w);
  }

  /** {@code w} as a JSON value. */
  JsonNode toJson(W w) {
    return json.apply(w);
  }

  /**
   * {@code w} as text: numbers as {@link Output#number} writes them ({@code 6}, {@code 0.25},
   * {@code inf}, {@code -inf}, as in graph files), booleans and counts as in JSON.
   */
  String toText(W w) {
    if (w instanceof Double d) {
      return Output.number(d);
    }
    JsonNode n = toJson(w);
    if (n.isDouble()) {
      return Output.number(n.doubleValue());
    }
    return n.asText();
  }

  /** Appends {@link #toText toText(w)} to {@code sb}; a {@code Double} without a {@code String}. */
  StringBuilder appendText(StringBuilder sb, W w) {
    if (w instanceof Double d) {
      return Output.appendNumber(sb, d);
    }
    return sb.append(toText(w));
  }

  /** Whether {@code s} matches {@link #DECIMAL}, checked by hand: this runs once per edge. */
  static boolean isDecimal(String s) {
    int n = s.length();
    int i = 0;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int intDigits = 0;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
      intDigits++;
    }
    int fracDigits = 0;
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
        fracDigits++;
      }
    }
    if (intDigits == 0 && fracDigits == 0) {
      return false;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int expDigits = 0;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
        expDigits++;
      }
      if (expDigits == 0) {
        return false;
      }
    }
    return i == n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static Optional<Double> parseDouble(String text) {
    if (isDecimal(text)) {
      double d = Double.parseDouble(text);
      return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
    }
    var m = INFINITY.matcher(text.toLowerCase(Locale.ROOT));
    if (m.matches()) {
      return Optional.of(
          m.group(1).equals("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
    }
    return Optional.empty();
  }

  private static Optional<Boolean> parseBoolean(String text) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "true":
      case "1":
        return Optional.of(true);
      case "false":
      case "0":
        return Optional.of(false);
      default:
        return Optional.empty();
    }
  }

  private static Optional<Long> parseCount(String text) {
    if (!INTEGER.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(text));
    } catch (NumberFormatException tooLarge) {
      return Optional.empty();
    }
  }
}
