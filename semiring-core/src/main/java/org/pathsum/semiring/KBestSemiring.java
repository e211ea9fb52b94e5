package org.pathsum.semiring;

import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.Set;

/**
 * The k-tropical and k-max-plus semirings: the k best path weights, as {@link KBest} lists, under
 * min-plus (ascending) or max-plus (descending).
 *
 * <p><b>Operations.</b> {@code a ⊕ b} merges the two lists and keeps the k best, ties kept: {@code
 * [1] ⊕ [1] = [1, 1]}, since walks with different edge sequences are different paths. {@code a ⊗
 * b} is the k best of the pairwise sums {@code aᵢ + bⱼ}. 0̄ = {@code []}, 1̄ = {@code [0]}. Both are
 * the image of the semiring of multisets of path weights (⊕ union, ⊗ pairwise sums) under "keep the
 * k best", which is a homomorphism: the k best of a union or of pairwise sums only involve the k
 * best of each operand. Cost: ⊕ O(k), ⊗ O(k² log k).
 *
 * <p><b>Laws.</b> On exact reals every law holds; ⊗ is commutative. ⊕ is neither idempotent nor
 * selective (for k ≥ 2; for k = 1 it is the tropical semiring on one-element lists, but declares
 * the same properties). {@link #equivalent} compares lists of the same length entry by entry, with
 * the relative tolerance of {@link Semirings#real()}.
 *
 * <p><b>Carrier.</b> Lists of at most k finite doubles, best first.
 *
 * <p><b>Star.</b> k-closed where the best weight does not improve a path — {@code a₀ ≥ 0} for
 * min, {@code a₀ ≤ 0} for max: every term of {@code aʲ} with {@code j ≥ k} has k partial sums at
 * least as good in lower powers, so {@code a* = 1̄ ⊕ a ⊕ … ⊕ a^(k−1)}, computed by iterating
 * {@code s ← 1̄ ⊕ a ⊗ s}. Otherwise the cycle improves forever and {@link #star} throws {@link
 * ArithmeticException} naming the weight. On graphs with cycles, solvers check the best weights
 * under tropical (max-plus) first ({@link ConvergenceProjection}).
 */
final class KBestSemiring implements Semiring<KBest>, ConvergenceProjection<KBest> {

  private static final Set<SemiringProperty> PROPERTIES =
      Sets.immutableEnumSet(SemiringProperty.COMMUTATIVE_TIMES, SemiringProperty.STAR);

  private static final KBest ZERO = KBest.of();
  private static final KBest ONE = KBest.of(0.0);

  private final int k;
  private final boolean max;

  KBestSemiring(int k, boolean max) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, got k = " + k);
    }
    this.k = k;
    this.max = max;
  }

  /** Whether {@code a} is strictly better than {@code b}. */
  private boolean better(double a, double b) {
    return max ? a > b : a < b;
  }

  @Override
  public KBest zero() {
    return ZERO;
  }

  @Override
  public KBest one() {
    return ONE;
  }

  @Override
  public KBest plus(KBest a, KBest b) {
    double[] x = a.raw();
    double[] y = b.raw();
    if (y.length == 0) {
      return a;
    }
    if (x.length == 0) {
      return b;
    }
    double[] out = new double[Math.min(k, x.length + y.length)];
    int i = 0;
    int j = 0;
    for (int n = 0; n < out.length; n++) {
      // On a tie the left operand's entry goes first; both are kept.
      if (j == y.length || (i < x.length && !better(y[j], x[i]))) {
        out[n] = x[i++];
      } else {
        out[n] = y[j++];
      }
    }
    return KBest.wrap(out);
  }

  @Override
  public KBest times(KBest a, KBest b) {
    double[] x = a.raw();
    double[] y = b.raw();
    if (x.length == 0 || y.length == 0) {
      return ZERO;
    }
    double[] sums = new double[x.length * y.length];
    int n = 0;
    for (double u : x) {
      for (double v : y) {
        sums[n++] = u + v;
      }
    }
    Arrays.sort(sums);
    int size = Math.min(k, sums.length);
    double[] out = new double[size];
    for (int i = 0; i < size; i++) {
      out[i] = max ? sums[sums.length - 1 - i] : sums[i];
    }
    return KBest.wrap(out);
  }

  @Override
  public KBest star(KBest a) {
    if (a.size() > 0 && better(a.get(0), 0.0)) {
      throw new ArithmeticException(
          name()
              + " star diverges: the best weight "
              + a.get(0)
              + " improves every time around the cycle; a* needs a best weight "
              + (max ? "<= 0" : ">= 0")
              + ", got a = "
              + a);
    }
    KBest s = ONE;
    for (int i = 1; i < k; i++) {
      s = plus(ONE, times(a, s));
    }
    return s;
  }

  @Override
  public boolean equivalent(KBest a, KBest b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!FloatingPoint.relativelyClose(a.get(i), b.get(i), Semirings.DEFAULT_TOLERANCE)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean isMember(KBest w) {
    if (w == null || w.size() > k) {
      return false;
    }
    double[] x = w.raw();
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(x[i]) || (i > 0 && better(x[i], x[i - 1]))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public DoubleSemiring projectedSemiring() {
    return max ? Semirings.maxPlus() : Semirings.tropical();
  }

  @Override
  public double project(KBest weight) {
    if (weight.size() == 0) {
      return max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return weight.get(0);
  }

  @Override
  public Set<SemiringProperty> properties() {
    return PROPERTIES;
  }

  @Override
  public String name() {
    return max ? "k-max-plus" : "k-tropical";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KBestSemiring
        && ((KBestSemiring) o).k == k
        && ((KBestSemiring) o).max == max;
  }

  @Override
  public int hashCode() {
    return 31 * name().hashCode() + k;
  }

  @Override
  public String toString() {
    return "KBestSemiring[" + name() + ", k=" + k + "]";
  }
}
