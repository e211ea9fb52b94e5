package org.pathsum.spark;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.isnull;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.try_add;
import static org.apache.spark.sql.functions.try_multiply;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.Semirings;

/**
 * The shipped semirings written as Spark SQL column expressions, so that every superstep runs as
 * generated code over primitive columns (no per-row Java objects). Each constant mirrors the
 * semiring of the same {@link Semirings#byName name}; a test compares the two on every shipped
 * semiring.
 *
 * <p>Two families, two algorithms:
 *
 * <ul>
 *   <li><b>selective</b> (boolean, tropical, max-plus, bottleneck, Viterbi): ⊕ picks the operand
 *       with the smaller {@link #orderKey order key}, solved by {@link DeltaBellmanFord};
 *   <li><b>summing</b> (real, log, counting): ⊕ adds, solved by {@link PathLayers}.
 * </ul>
 *
 * <p>Leaving the carrier: {@link #invalid} marks a value that left it by rounding (a finite tropical
 * sum that overflowed to ±∞, a NaN, a counting product beyond {@code Long.MAX_VALUE}, which the
 * {@code try_*} functions turn into SQL {@code NULL}), and {@link #escapes} a term of two non-0̄
 * factors that is invalid or came out 0̄ (an underflow to 0, an overflow into 0̄'s infinity); the
 * solvers refuse such a value or term naming the vertex ({@link CarrierCheck}).
 */
enum SqlSemiring {
  /** (ℝ, +, ×, 0, 1). */
  REAL("real", DataTypes.DoubleType, 0.0, 1.0, false) {
    @Override
    Column times(Column a, Column b) {
      return a.multiply(b);
    }

    @Override
    Column invalid(Column v) {
      return isnull(v).or(isnan(v)).or(abs(v).equalTo(Double.POSITIVE_INFINITY));
    }
  },
  /** ({false, true}, ∨, ∧, false, true). */
  BOOLEAN("boolean", DataTypes.BooleanType, false, true, true) {
    @Override
    Column times(Column a, Column b) {
      return a.and(b);
    }

    @Override
    Column orderKey(Column v) {
      return not(v);
    }
  },
  /** (ℝ ∪ {+∞}, min, +, +∞, 0). */
  TROPICAL("tropical", DataTypes.DoubleType, Double.POSITIVE_INFINITY, 0.0, true) {
    @Override
    Column times(Column a, Column b) {
      return a.plus(b);
    }

    @Override
    Column orderKey(Column v) {
      return v;
    }

    @Override
    Column invalid(Column v) {
      // reached vertices carry finite values: an infinite candidate is a finite sum that overflowed
      return isnull(v).or(isnan(v)).or(abs(v).equalTo(Double.POSITIVE_INFINITY));
    }
  },
  /** (ℝ ∪ {−∞}, max, +, −∞, 0). */
  MAX_PLUS("max-plus", DataTypes.DoubleType, Double.NEGATIVE_INFINITY, 0.0, true) {
    @Override
    Column times(Column a, Column b) {
      return a.plus(b);
    }

    @Override
    Column orderKey(Column v) {
      return v.unary_$minus();
    }

    @Override
    Column invalid(Column v) {
      return isnull(v).or(isnan(v)).or(abs(v).equalTo(Double.POSITIVE_INFINITY));
    }
  },
  /** (ℕ, +, ×, 0, 1) on {@code long}, exact. */
  COUNTING("counting", DataTypes.LongType, 0L, 1L, false) {
    @Override
    Column times(Column a, Column b) {
      return try_multiply(a, b);
    }

    @Override
    Column plus(Column a, Column b) {
      return try_add(a, b);
    }

    @Override
    Column invalid(Column v) {
      return isnull(v);
    }
  },
  /** ([−∞, +∞], max, min, −∞, +∞). */
  BOTTLENECK("bottleneck", DataTypes.DoubleType, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
      true) {
    @Override
    Column times(Column a, Column b) {
      return least(a, b);
    }

    @Override
    Column orderKey(Column v) {
      return v.unary_$minus();
    }
  },
  /** ([0, 1], max, ×, 0, 1). */
  VITERBI("viterbi", DataTypes.DoubleType, 0.0, 1.0, true) {
    @Override
    Column times(Column a, Column b) {
      return a.multiply(b);
    }

    @Override
    Column orderKey(Column v) {
      return v.unary_$minus();
    }
  },
  /** (ℝ ∪ {−∞}, log-sum-exp, +, −∞, 0). */
  LOG("log", DataTypes.DoubleType, Double.NEGATIVE_INFINITY, 0.0, false) {
    @Override
    Column times(Column a, Column b) {
      return a.plus(b);
    }

    @Override
    Column plus(Column a, Column b) {
      // the stable form of LogSemiring.plusAsDouble: max + log1p(exp(-|a - b|)), −∞ the identity
      Column big = greatest(a, b);
      return org.apache.spark.sql.functions
          .when(a.equalTo(Double.NEGATIVE_INFINITY), b)
          .when(b.equalTo(Double.NEGATIVE_INFINITY), a)
          .otherwise(
              big.plus(
                  org.apache.spark.sql.functions.log1p(
                      org.apache.spark.sql.functions.exp(abs(a.minus(b)).unary_$minus()))));
    }

    @Override
    Column invalid(Column v) {
      return isnull(v).or(isnan(v)).or(v.equalTo(Double.POSITIVE_INFINITY));
    }
  };

  private final String semiringName;
  private final DataType type;
  private final Object zero;
  private final Object one;
  private final boolean selective;

  SqlSemiring(String name, DataType type, Object zero, Object one, boolean selective) {
    this.semiringName = name;
    this.type = type;
    this.zero = zero;
    this.one = one;
    this.selective = selective;
  }

  /**
   * The SQL semiring named {@code name} (a name of {@link Semirings#names()}), ignoring case.
   *
   * @return empty for a name that is not one of the eight shipped semirings
   */
  static Optional<SqlSemiring> byName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(s -> s.semiringName.equals(n)).findFirst();
  }

  /** The accepted names, in the order of {@link Semirings#names()}. */
  static List<String> names() {
    return Semirings.names().stream()
        .filter(n -> byName(n).isPresent())
        .collect(Collectors.toUnmodifiableList());
  }

  /** The command-line name, e.g. {@code "max-plus"}. */
  String semiringName() {
    return semiringName;
  }

  /** The in-memory semiring this one mirrors. */
  Semiring<?> semiring() {
    return Semirings.byName(semiringName).orElseThrow();
  }

  /** The SQL type of weights and values. */
  DataType type() {
    return type;
  }

  /** 0̄ as a typed literal. */
  Column zero() {
    return lit(zero).cast(type);
  }

  /** 1̄ as a typed literal. */
  Column one() {
    return lit(one).cast(type);
  }

  /** 0̄ as a Java value ({@code Double}, {@code Long} or {@code Boolean}). */
  Object zeroValue() {
    return zero;
  }

  /** Whether ⊕ selects one operand (solved by {@link DeltaBellmanFord}). */
  boolean selective() {
    return selective;
  }

  /** {@code a ⊗ b}, {@code a} first in path order. */
  abstract Column times(Column a, Column b);

  /** {@code a ⊕ b} for the summing semirings; the selective ones go through {@link #orderKey}. */
  Column plus(Column a, Column b) {
    if (selective) {
      return org.apache.spark.sql.functions
          .when(orderKey(b).lt(orderKey(a)), b)
          .otherwise(a);
    }
    return a.plus(b);
  }

  /**
   * For a selective semiring, a key such that {@code a ⊕ b} is the operand with the smaller key: the
   * value for min, its negation for max, {@code NOT v} for ∨.
   */
  Column orderKey(Column v) {
    throw new UnsupportedOperationException(semiringName + " is not selective");
  }

  /**
   * Whether an input weight {@code w} belongs to the carrier, as {@link Semiring#isMember} of the
   * mirrored semiring says: real finite; tropical not −∞; max-plus and log not +∞; Viterbi in [0,
   * 1]; counting non-negative; never NULL or NaN.
   */
  Column member(Column w) {
    Column ok = w.isNotNull();
    if (type == DataTypes.DoubleType) {
      ok = ok.and(not(isnan(w)));
    }
    switch (this) {
      case REAL:
        return ok.and(abs(w).notEqual(Double.POSITIVE_INFINITY));
      case TROPICAL:
        return ok.and(w.notEqual(Double.NEGATIVE_INFINITY));
      case MAX_PLUS:
      case LOG:
        return ok.and(w.notEqual(Double.POSITIVE_INFINITY));
      case VITERBI:
        return ok.and(w.geq(0.0)).and(w.leq(1.0));
      case COUNTING:
        return ok.and(w.geq(0L));
      default:
        return ok;
    }
  }

  /** Whether {@code v} is exactly 0̄. */
  Column isZero(Column v) {
    return v.equalTo(zero());
  }

  /** Whether a computed value left the carrier (overflow, NaN, a {@code NULL} from a try_ op). */
  Column invalid(Column v) {
    return type == DataTypes.DoubleType ? isnull(v).or(isnan(v)) : isnull(v);
  }

  /**
   * Whether a term {@code x ⊗ w} of a value {@code x} ≠ 0̄ and a weight {@code w} ≠ 0̄ left the
   * carrier: it is {@link #invalid}, or it came out 0̄ in a semiring whose ⊗ has no zero divisors
   * among members (real, tropical, max-plus, Viterbi, log), where 0̄ from two non-0̄ factors can only
   * be an underflow ({@code 1e-200 × 1e-200}) or an overflow into 0̄'s infinity ({@code 1e308 +
   * 1e308} in tropical). Such a term would read as "no path"; the in-memory solvers refuse it
   * ({@code CarrierGuard.lost}), and so do the Spark ones.
   */
  Column escapes(Column term) {
    return vanishes() ? invalid(term).or(coalesce(isZero(term), lit(false))) : invalid(term);
  }

  /** Whether a term of non-0̄ factors that comes out 0̄ has left the carrier ({@link #escapes}). */
  private boolean vanishes() {
    return this == REAL || this == TROPICAL || this == MAX_PLUS || this == VITERBI || this == LOG;
  }

  /** Whether any term can leave the carrier: false for boolean and bottleneck (∧, min). */
  boolean canEscape() {
    return this != BOOLEAN && this != BOTTLENECK;
  }

  /**
   * Whether an escaped term {@code term} (see {@link #escapes}) is an underflow: a product of
   * nonzero numbers that vanished to 0 (real, Viterbi), rather than an overflow.
   */
  boolean isUnderflow(Object term) {
    return term instanceof Double && (Double) term == 0.0 && zero instanceof Double
        && (Double) zero == 0.0;
  }
}
