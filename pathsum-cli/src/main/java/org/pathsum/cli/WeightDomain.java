package org.pathsum.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.pathsum.semiring.Expectation;
import org.pathsum.semiring.Polynomial;
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
 *   <li>{@code counting}: a non-negative integer of any size, counted exactly ({@link
 *       Semirings#exactCounting()}); printed as a JSON integer of as many digits as it needs.
 *   <li>{@code expectation}: {@code p:r}, two finite decimal numbers; printed as {@code [p, r]} (a
 *       JSON array of two numbers).
 *   <li>{@code provenance}: a variable name; path sums are polynomials, printed as text such as
 *       {@code 2*a*b + c^2} (a JSON string).
 * </ul>
 *
 * @param <W> the weight type
 */
final class WeightDomain<W> {

  /** The names {@code paths --semiring} accepts, in the order they are documented. */
  static final List<String> NAMES =
      List.of(
          "real",
          "boolean",
          "tropical",
          "max-plus",
          "counting",
          "bottleneck",
          "viterbi",
          "log",
          "expectation",
          "provenance");

  static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern INFINITY = Pattern.compile("([+-]?)(inf|infinity)");
  private static final Pattern INTEGER = Pattern.compile("\\+?\\d+");

  private final String name;
  private final Semiring<W> semiring;
  private final String carrier;
  private final Function<String, Optional<W>> parser;
  private final Function<W, JsonNode> json;
  private final Function<W, String> text;

  /**
   * @param name the command line's name of the semiring
   * @param carrier what a weight is, for messages ("write " + carrier)
   * @param text {@code w} as text, or null for the text of its JSON
   */
  private WeightDomain(
      String name,
      Semiring<W> semiring,
      String carrier,
      Function<String, Optional<W>> parser,
      Function<W, JsonNode> json,
      Function<W, String> text) {
    this.name = name;
    this.semiring = semiring;
    this.carrier = carrier;
    this.parser = parser;
    this.json = json;
    this.text = text;
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
        return doubles(name, Semirings.real(), "a finite decimal number");
      case "tropical":
        return doubles(name, Semirings.tropical(), "a decimal number or inf");
      case "max-plus":
        return doubles(name, Semirings.maxPlus(), "a decimal number or -inf");
      case "bottleneck":
        return doubles(name, Semirings.bottleneck(), "a decimal number, inf or -inf");
      case "viterbi":
        return doubles(name, Semirings.viterbi(), "a probability in [0, 1]");
      case "log":
        return doubles(
            name, Semirings.log(), "a natural logarithm, ln(w): a decimal number or -inf (w = 0)");
      case "boolean":
        return new WeightDomain<>(
            name,
            Semirings.booleans(),
            "true, false, 1 or 0",
            WeightDomain::parseBoolean,
            b -> JsonNodeFactory.instance.booleanNode(b),
            null);
      case "counting":
        // exact: a count past 2^63 is printed, not refused
        return new WeightDomain<>(
            name,
            new NamedSemiring<>(name, Semirings.exactCounting()),
            "a non-negative integer",
            WeightDomain::parseCount,
            n -> JsonNodeFactory.instance.numberNode(n),
            null);
      case "expectation":
        return new WeightDomain<>(
            name,
            Semirings.expectation(),
            "p:r, two finite decimal numbers (e.g. 0.5:1.5)",
            WeightDomain::parseExpectation,
            e ->
                JsonNodeFactory.instance
                    .arrayNode()
                    .add(Json.number(e.p()))
                    .add(Json.number(e.r())),
            e -> "[" + Output.number(e.p()) + ", " + Output.number(e.r()) + "]");
      case "provenance":
        return new WeightDomain<>(
            name,
            Semirings.provenance(),
            "a variable name (no blanks, none of * ^ + ( ))",
            WeightDomain::parseVariable,
            p -> JsonNodeFactory.instance.textNode(p.toString()),
            Polynomial::toString);
      default:
        throw new InputException(
            "unknown semiring '" + name + "'; choose one of " + String.join(", ", NAMES));
    }
  }

  private static WeightDomain<Double> doubles(String name, Semiring<Double> s, String carrier) {
    boolean finiteOnly = name.equals("real");
    return new WeightDomain<>(
        name,
        s,
        carrier,
        text -> {
          Optional<Double> v = parseDouble(text);
          return v.filter(d -> !finiteOnly || Double.isFinite(d));
        },
        Json::number,
        Output::number);
  }

  /**
   * This domain reading weights as OpenFst writes them in an automaton's text: the same syntax,
   * except in {@code log}, where OpenFst writes −ln p and pathsum ln p, so a weight read is negated
   * (OpenFst's 0̄, {@code Infinity}, becomes −∞). Printing is unchanged: values come out in
   * pathsum's convention.
   */
  WeightDomain<W> openFst() {
    if (!name.equals("log")) {
      return this;
    }
    return new WeightDomain<>(
        name,
        semiring,
        "an OpenFst log weight, -ln(p): a decimal number or Infinity (p = 0)",
        t -> parser.apply(t).map(WeightDomain::negated),
        json,
        text);
  }

  @SuppressWarnings("unchecked")
  private static <W> W negated(W w) {
    return (W) (Double) (-(Double) w);
  }

  /** The command line's name of the semiring (which may differ from {@link Semiring#name()}). */
  String name() {
    return name;
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
        where + ": weight '" + text + "' is not in the " + name + " semiring; write " + carrier);
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
    return text != null ? text.apply(w) : toJson(w).asText();
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

  private static Optional<BigInteger> parseCount(String text) {
    if (!INTEGER.matcher(text).matches()) {
      return Optional.empty();
    }
    // valueOf shares the small values (an unweighted-like file of 1s makes no object per edge)
    return Optional.of(
        text.length() <= 18 ? BigInteger.valueOf(Long.parseLong(text)) : new BigInteger(text));
  }

  /** {@code p:r}, both finite decimals. */
  private static Optional<Expectation> parseExpectation(String text) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    Optional<Double> p = parseDouble(text.substring(0, colon)).filter(Double::isFinite);
    Optional<Double> r = parseDouble(text.substring(colon + 1)).filter(Double::isFinite);
    return p.isPresent() && r.isPresent()
        ? Optional.of(Expectation.of(p.get(), r.get()))
        : Optional.empty();
  }

  private static Optional<Polynomial> parseVariable(String text) {
    try {
      return Optional.of(Polynomial.variable(text));
    } catch (IllegalArgumentException notAName) {
      return Optional.empty();
    }
  }
}
