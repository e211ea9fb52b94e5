package org.pathsum.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoublePredicate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A figure of the report: the ratio of two benchmark scores measured in the same run at the same
 * parameters, with its propagated error and, where the project sets one, its target.
 *
 * @param spec what was divided by what
 * @param params the parameters both scores share
 * @param value numerator score ÷ denominator score
 * @param error the ratio's error from the scores' relative errors added in quadrature; NaN if
 *     either score has none
 * @param target the target for these parameters, if any
 */
public record Ratio(
    Ratio.Spec spec,
    Map<String, String> params,
    double value,
    double error,
    Optional<Target> target) {

  /** Rejects nulls. */
  public Ratio {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(target, "target");
  }

  /**
   * A target for a ratio.
   *
   * @param text what the target says, e.g. {@code "≤ 1.5"}, with its reason where it is not
   *     obvious
   * @param met whether a ratio meets it
   */
  public record Target(String text, DoublePredicate met) {
    /** Rejects nulls. */
    public Target {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(met, "met");
    }

    /** The target {@code ratio ≤ bound}. */
    public static Target atMost(double bound) {
      return new Target("≤ " + MarkdownReport.number(bound), r -> r <= bound);
    }

    /** The target {@code ratio ≥ bound}. */
    public static Target atLeast(double bound) {
      return new Target("≥ " + MarkdownReport.number(bound), r -> r >= bound);
    }

    /** The target {@code ratio ≤ bound}, with its reason after the bound. */
    public static Target atMost(double bound, String why) {
      return new Target("≤ " + MarkdownReport.number(bound) + " (" + why + ")", r -> r <= bound);
    }

    /** The target {@code ratio ≥ bound}, with its reason after the bound. */
    public static Target atLeast(double bound, String why) {
      return new Target("≥ " + MarkdownReport.number(bound) + " (" + why + ")", r -> r >= bound);
    }
  }

  /**
   * Which ratio to form: {@code numerator ÷ denominator}, two methods of one benchmark class.
   *
   * @param figure the figure's name in the report
   * @param className the benchmark class's simple name
   * @param numerator the numerator's method
   * @param denominator the denominator's method
   * @param target the target at given parameters, if the project sets one there
   * @param note a remark at given parameters for the report (e.g. the ideal value), or empty
   * @param applies which parameter combinations the spec forms a ratio at (all, unless {@link
   *     #where} narrowed it)
   */
  public record Spec(
      String figure,
      String className,
      String numerator,
      String denominator,
      Function<Map<String, String>, Optional<Target>> target,
      Function<Map<String, String>, String> note,
      Predicate<Map<String, String>> applies) {

    /** Rejects nulls. */
    public Spec {
      Objects.requireNonNull(figure, "figure");
      Objects.requireNonNull(className, "className");
      Objects.requireNonNull(numerator, "numerator");
      Objects.requireNonNull(denominator, "denominator");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(note, "note");
      Objects.requireNonNull(applies, "applies");
    }

    /** A spec with a target and a note, at every parameter combination. */
    public Spec(
        String figure,
        String className,
        String numerator,
        String denominator,
        Function<Map<String, String>, Optional<Target>> target,
        Function<Map<String, String>, String> note) {
      this(figure, className, numerator, denominator, target, note, p -> true);
    }

    /** A spec with a target and no note. */
    public Spec(
        String figure,
        String className,
        String numerator,
        String denominator,
        Function<Map<String, String>, Optional<Target>> target) {
      this(figure, className, numerator, denominator, target, p -> "");
    }

    /** A spec without a target: a figure reported for information. */
    public static Spec info(String figure, String className, String numerator, String denominator) {
      return new Spec(figure, className, numerator, denominator, p -> Optional.empty());
    }

    /**
     * This spec at only those parameter combinations where {@code param} has {@code value} (and
     * where this spec applied already); a result without the parameter is left out.
     */
    public Spec where(String param, String value) {
      Objects.requireNonNull(param, "param");
      Objects.requireNonNull(value, "value");
      Predicate<Map<String, String>> before = applies;
      return new Spec(
          figure,
          className,
          numerator,
          denominator,
          target,
          note,
          p -> before.test(p) && value.equals(p.get(param)));
    }

    /**
     * The ratio of a figure measured otherwise than by JMH (e.g. bytes ÷ edges): {@code value} at
     * {@code params}, with this spec's target there and no error estimate.
     */
    public Ratio of(Map<String, String> params, double value) {
      return new Ratio(this, Map.copyOf(params), value, Double.NaN, target.apply(params));
    }

    /**
     * Every ratio this spec forms from {@code results}: one per parameter combination at which both
     * methods were measured (and the spec {@linkplain #applies applies}), in the numerator's result
     * order.
     */
    public List<Ratio> apply(List<JmhResult> results) {
      List<Ratio> ratios = new ArrayList<>();
      for (JmhResult num : results) {
        if (!num.className().equals(className)
            || !num.method().equals(numerator)
            || !applies.test(num.params())) {
          continue;
        }
        for (JmhResult den : results) {
          if (den.className().equals(className)
              && den.method().equals(denominator)
              && den.params().equals(num.params())
              && den.unit().equals(num.unit())) {
            double value = num.score() / den.score();
            double rel = Math.hypot(num.error() / num.score(), den.error() / den.score());
            ratios.add(
                new Ratio(this, num.params(), value, value * rel, target.apply(num.params())));
          }
        }
      }
      return ratios;
    }
  }

  /** The spec's note at these parameters; may be empty. */
  public String note() {
    return spec.note().apply(params);
  }

  /** {@code "met"}, {@code "not met"} or {@code "—"} when there is no target. */
  public String verdict() {
    return target.map(t -> t.met().test(value) ? "met" : "**not met**").orElse("—");
  }

  /** Whether the ratio has a target and misses it (NaN misses every target). */
  public boolean fails() {
    return target.isPresent() && !target.get().met().test(value);
  }
}
