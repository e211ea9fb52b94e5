package org.pathsum.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoublePredicate;
import java.util.function.Function;

/**
 * A figure of the report: the ratio of two benchmark scores measured in the same run at the same
 * parameters, with its propagated error and, where DESIGN.md §5 sets one, its target.
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
   * @param text what the target says, e.g. {@code "≤ 1.5"}
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
      return new Target("≤ " + bound, r -> r <= bound);
    }

    /** The target {@code ratio ≥ bound}. */
    public static Target atLeast(double bound) {
      return new Target("≥ " + bound, r -> r >= bound);
    }
  }

  /**
   * Which ratio to form: {@code numerator ÷ denominator}, two methods of one benchmark class.
   *
   * @param figure the figure's name in the report
   * @param className the benchmark class's simple name
   * @param numerator the numerator's method
   * @param denominator the denominator's method
   * @param target the target at given parameters, if DESIGN.md §5 sets one there
   * @param note a remark at given parameters for the report (e.g. the ideal value), or empty
   */
  public record Spec(
      String figure,
      String className,
      String numerator,
      String denominator,
      Function<Map<String, String>, Optional<Target>> target,
      Function<Map<String, String>, String> note) {

    /** Rejects nulls. */
    public Spec {
      Objects.requireNonNull(figure, "figure");
      Objects.requireNonNull(className, "className");
      Objects.requireNonNull(numerator, "numerator");
      Objects.requireNonNull(denominator, "denominator");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(note, "note");
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
     * Every ratio this spec forms from {@code results}: one per parameter combination at which both
     * methods were measured, in the numerator's result order.
     */
    public List<Ratio> apply(List<JmhResult> results) {
      List<Ratio> ratios = new ArrayList<>();
      for (JmhResult num : results) {
        if (!num.className().equals(className) || !num.method().equals(numerator)) {
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
}
