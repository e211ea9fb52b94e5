package org.pathsum.solver.cyclic;

import java.util.EnumSet;
import java.util.Set;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.SemiringProperty;

/**
 * Small semirings written here so the solver tests do not depend on the shipped ones: tropical,
 * max-plus, boolean, counting, bottleneck and Viterbi, with the stars the shipped ones document.
 */
final class TestSemirings {

  private TestSemirings() {}

  private abstract static class Base<W> implements Semiring<W> {
    private final String name;
    private final Set<SemiringProperty> props;

    Base(String name, SemiringProperty... props) {
      this.name = name;
      this.props =
          props.length == 0 ? EnumSet.noneOf(SemiringProperty.class) : EnumSet.of(props[0], props);
    }

    @Override
    public Set<SemiringProperty> properties() {
      return props;
    }

    @Override
    public String name() {
      return name;
    }
  }

  /** (ℝ ∪ {∞}, min, +, ∞, 0); star 0 for a ≥ 0, ArithmeticException for a < 0. */
  static Semiring<Double> tropical() {
    return new Base<Double>(
        "tropical",
        SemiringProperty.COMMUTATIVE_TIMES,
        SemiringProperty.IDEMPOTENT_PLUS,
        SemiringProperty.SELECTIVE_PLUS,
        SemiringProperty.STAR) {
      @Override
      public Double zero() {
        return Double.POSITIVE_INFINITY;
      }

      @Override
      public Double one() {
        return 0.0;
      }

      @Override
      public Double plus(Double a, Double b) {
        return Math.min(a, b);
      }

      @Override
      public Double times(Double a, Double b) {
        return a + b;
      }

      @Override
      public Double star(Double a) {
        if (a < 0) {
          throw new ArithmeticException("tropical star of negative " + a);
        }
        return 0.0;
      }
    };
  }

  /** (ℝ ∪ {−∞}, max, +, −∞, 0); star 0 for a ≤ 0, ArithmeticException for a > 0. */
  static Semiring<Double> maxPlus() {
    return new Base<Double>(
        "max-plus",
        SemiringProperty.COMMUTATIVE_TIMES,
        SemiringProperty.IDEMPOTENT_PLUS,
        SemiringProperty.SELECTIVE_PLUS,
        SemiringProperty.STAR) {
      @Override
      public Double zero() {
        return Double.NEGATIVE_INFINITY;
      }

      @Override
      public Double one() {
        return 0.0;
      }

      @Override
      public Double plus(Double a, Double b) {
        return Math.max(a, b);
      }

      @Override
      public Double times(Double a, Double b) {
        return a + b;
      }

      @Override
      public Double star(Double a) {
        if (a > 0) {
          throw new ArithmeticException("max-plus star of positive " + a);
        }
        return 0.0;
      }
    };
  }

  /** ({false, true}, ∨, ∧); star is always true. */
  static Semiring<Boolean> booleans() {
    return new Base<Boolean>(
        "boolean",
        SemiringProperty.COMMUTATIVE_TIMES,
        SemiringProperty.IDEMPOTENT_PLUS,
        SemiringProperty.SELECTIVE_PLUS,
        SemiringProperty.BOUNDED,
        SemiringProperty.STAR) {
      @Override
      public Boolean zero() {
        return false;
      }

      @Override
      public Boolean one() {
        return true;
      }

      @Override
      public Boolean plus(Boolean a, Boolean b) {
        return a || b;
      }

      @Override
      public Boolean times(Boolean a, Boolean b) {
        return a && b;
      }

      @Override
      public Boolean star(Boolean a) {
        return true;
      }
    };
  }

  /** (ℕ, +, ×, 0, 1) on longs with overflow errors; no star. */
  static Semiring<Long> counting() {
    return new Base<Long>("counting", SemiringProperty.COMMUTATIVE_TIMES) {
      @Override
      public Long zero() {
        return 0L;
      }

      @Override
      public Long one() {
        return 1L;
      }

      @Override
      public Long plus(Long a, Long b) {
        return Math.addExact(a, b);
      }

      @Override
      public Long times(Long a, Long b) {
        return Math.multiplyExact(a, b);
      }
    };
  }

  /** (ℝ ∪ {±∞}, max, min, −∞, +∞): widest path; bounded, star is one. */
  static Semiring<Double> bottleneck() {
    return new Base<Double>(
        "bottleneck",
        SemiringProperty.COMMUTATIVE_TIMES,
        SemiringProperty.IDEMPOTENT_PLUS,
        SemiringProperty.SELECTIVE_PLUS,
        SemiringProperty.BOUNDED,
        SemiringProperty.STAR) {
      @Override
      public Double zero() {
        return Double.NEGATIVE_INFINITY;
      }

      @Override
      public Double one() {
        return Double.POSITIVE_INFINITY;
      }

      @Override
      public Double plus(Double a, Double b) {
        return Math.max(a, b);
      }

      @Override
      public Double times(Double a, Double b) {
        return Math.min(a, b);
      }

      @Override
      public Double star(Double a) {
        return Double.POSITIVE_INFINITY;
      }
    };
  }

  /** ([0, 1], max, ×, 0, 1): most probable path; bounded, star is one. */
  static Semiring<Double> viterbi() {
    return new Base<Double>(
        "viterbi",
        SemiringProperty.COMMUTATIVE_TIMES,
        SemiringProperty.IDEMPOTENT_PLUS,
        SemiringProperty.SELECTIVE_PLUS,
        SemiringProperty.BOUNDED,
        SemiringProperty.STAR) {
      @Override
      public Double zero() {
        return 0.0;
      }

      @Override
      public Double one() {
        return 1.0;
      }

      @Override
      public Double plus(Double a, Double b) {
        return Math.max(a, b);
      }

      @Override
      public Double times(Double a, Double b) {
        return a * b;
      }

      @Override
      public Double star(Double a) {
        return 1.0;
      }
    };
  }
}
