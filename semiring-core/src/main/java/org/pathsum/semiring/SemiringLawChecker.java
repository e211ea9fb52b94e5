package org.pathsum.semiring;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Verifies the laws of a semiring — shipped or user-written — on sample elements, in the manner of
 * OpenFst's weight tester. Usable from any test:
 *
 * <pre>{@code
 * SemiringLawChecker.forSemiring(mySemiring)
 *     .withSamples(List.of(a, b, c))
 *     .withGenerator(rng -> randomWeight(rng))
 *     .withSeed(42)
 *     .withRandomTriples(1_000)
 *     .assertLaws();
 * }</pre>
 *
 * <p><b>What is checked</b> (see {@link SemiringLaw}): every axiom of {@link Semiring} — ⊕
 * associative and commutative, 0̄ a two-sided ⊕-identity, 1̄ a two-sided ⊗-identity, 0̄ a two-sided
 * annihilator, ⊗ associative, ⊗ distributive on both sides; the law of each <em>declared</em>
 * property ({@code COMMUTATIVE_TIMES}, {@code IDEMPOTENT_PLUS}, {@code SELECTIVE_PLUS}, {@code
 * BOUNDED}, {@code STAR} where the star converges); for a {@link DoubleSemiring}, that it computes
 * the {@linkplain DoubleSemiring#arithmetic() arithmetic} it declares; that {@link
 * Semiring#reversed()} multiplies the other way and keeps ⊕; that results are {@linkplain
 * Semiring#isMember members}; and that {@link
 * Semiring#equivalent} is reflexive and symmetric. Identities and annihilation are compared exactly
 * — by default with {@link Object#equals}, except that {@code Double}s, also inside {@link Pair}s,
 * compare by {@code ==}, so that −0.0 and 0.0 (the same real; {@code 0 × −2.5 = −0.0}) are equal;
 * see {@link #withExactEquality} — and the other laws with {@link Semiring#equivalent}, or with
 * {@link #withEquivalence} / {@link #withTolerance}.
 *
 * <p><b>Floating point.</b> A semiring over {@code double} satisfies associativity and
 * distributivity only up to rounding. Check it with {@link #withTolerance} (the shipped ones
 * override {@link Semiring#equivalent} with a tolerance instead). Violations are listed real ones
 * first, rounding and signed-zero noise last ({@link LawViolation.Kind}).
 *
 * <p><b>Which operands.</b> The elements are 0̄, 1̄ and the samples, without duplicates. Every
 * element and every ordered pair is checked; ordered triples are checked exhaustively while there
 * are at most {@link #withMaxExhaustiveTriples max} of them, otherwise that many triples are drawn
 * from the elements with the seed. Then {@link #withRandomTriples n} triples are drawn from the
 * generator, and each drawn element and pair is checked too. An instance whose evaluation throws
 * {@link ArithmeticException} (overflow, a diverging star) is skipped and counted in {@link
 * LawCheckReport#skippedCount()}; other exceptions propagate.
 *
 * <p>Instances are immutable; each {@code with…} method returns a new checker. Cost: O(n² + T)
 * semiring operations for n elements and T triples.
 *
 * @param <W> the weight type
 */
public final class SemiringLawChecker<W> {

  /** The default bound on exhaustively checked triples. */
  public static final int DEFAULT_MAX_EXHAUSTIVE_TRIPLES = 27_000;

  private final Semiring<W> semiring;
  private final ImmutableList<W> samples;
  private final Function<SplittableRandom, ? extends W> generator; // null: none
  private final long seed;
  private final int randomTriples;
  private final int maxExhaustiveTriples;
  private final BiPredicate<? super W, ? super W> exact;
  private final BiPredicate<? super W, ? super W> equivalence;

  private SemiringLawChecker(
      Semiring<W> semiring,
      ImmutableList<W> samples,
      Function<SplittableRandom, ? extends W> generator,
      long seed,
      int randomTriples,
      int maxExhaustiveTriples,
      BiPredicate<? super W, ? super W> exact,
      BiPredicate<? super W, ? super W> equivalence) {
    this.semiring = semiring;
    this.samples = samples;
    this.generator = generator;
    this.seed = seed;
    this.randomTriples = randomTriples;
    this.maxExhaustiveTriples = maxExhaustiveTriples;
    this.exact = exact;
    this.equivalence = equivalence;
  }

  /**
   * A checker for {@code semiring} with no samples yet (only 0̄ and 1̄), seed 0, 1000 random
   * triples once a generator is given, and {@link #DEFAULT_MAX_EXHAUSTIVE_TRIPLES}.
   */
  public static <W> SemiringLawChecker<W> forSemiring(Semiring<W> semiring) {
    Objects.requireNonNull(semiring, "semiring");
    return new SemiringLawChecker<>(
        semiring,
        ImmutableList.of(),
        null,
        0L,
        1_000,
        DEFAULT_MAX_EXHAUSTIVE_TRIPLES,
        SemiringLawChecker::exactlyEqual,
        semiring::equivalent);
  }

  /**
   * {@link Object#equals}, except that {@code Double}s, also inside {@link Pair}s, compare by IEEE
   * {@code ==}: −0.0 and 0.0 are the same real (0 × −2.5 is −0.0), and no NaN is a member.
   */
  private static boolean exactlyEqual(Object a, Object b) {
    // Pairs nest only as deep as their static type, so this loop is short.
    while (a instanceof Pair<?, ?> && b instanceof Pair<?, ?>) {
      Pair<?, ?> p = (Pair<?, ?>) a;
      Pair<?, ?> q = (Pair<?, ?>) b;
      if (!exactlyEqual(p.first(), q.first())) {
        return false;
      }
      a = p.second();
      b = q.second();
    }
    if (a instanceof Double && b instanceof Double) {
      return ((Double) a).doubleValue() == ((Double) b).doubleValue();
    }
    return a.equals(b);
  }

  /**
   * Uses these sample elements (in addition to any given before). Include edge values; every sample
   * must be a {@linkplain Semiring#isMember member}.
   */
  public SemiringLawChecker<W> withSamples(Collection<? extends W> more) {
    ImmutableList<W> all = ImmutableList.<W>builder().addAll(samples).addAll(more).build();
    return new SemiringLawChecker<>(
        semiring, all, generator, seed, randomTriples, maxExhaustiveTriples, exact, equivalence);
  }

  /** Draws random elements with {@code generator}, which must return members. */
  public SemiringLawChecker<W> withGenerator(Function<SplittableRandom, ? extends W> generator) {
    Objects.requireNonNull(generator, "generator");
    return new SemiringLawChecker<>(
        semiring, samples, generator, seed, randomTriples, maxExhaustiveTriples, exact, equivalence);
  }

  /** The seed of every random draw; the same seed gives the same report. */
  public SemiringLawChecker<W> withSeed(long seed) {
    return new SemiringLawChecker<>(
        semiring, samples, generator, seed, randomTriples, maxExhaustiveTriples, exact, equivalence);
  }

  /**
   * How many triples to draw from the generator (ignored without one).
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public SemiringLawChecker<W> withRandomTriples(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("random triple count must be >= 0, got " + count);
    }
    return new SemiringLawChecker<>(
        semiring, samples, generator, seed, count, maxExhaustiveTriples, exact, equivalence);
  }

  /**
   * The most sample triples to check exhaustively; beyond it, that many are drawn at random.
   *
   * @throws IllegalArgumentException if {@code max} is negative
   */
  public SemiringLawChecker<W> withMaxExhaustiveTriples(int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max exhaustive triples must be >= 0, got " + max);
    }
    return new SemiringLawChecker<>(semiring, samples, generator, seed, randomTriples, max, exact, equivalence);
  }

  /**
   * Replaces the exact equality used for identities and annihilation, e.g. for a weight type whose
   * {@code equals} distinguishes representations of the same weight.
   */
  public SemiringLawChecker<W> withExactEquality(BiPredicate<? super W, ? super W> equality) {
    Objects.requireNonNull(equality, "equality");
    return new SemiringLawChecker<>(
        semiring, samples, generator, seed, randomTriples, maxExhaustiveTriples, equality, equivalence);
  }

  /**
   * Replaces the comparison of every law that is not exact (associativity, commutativity,
   * distributivity, idempotence, selectivity, boundedness, the star, the reversed semiring), which
   * by default is the semiring's own {@link Semiring#equivalent}. The laws about {@code equivalent}
   * itself (reflexive, symmetric) still test the semiring's.
   */
  public SemiringLawChecker<W> withEquivalence(BiPredicate<? super W, ? super W> equivalence) {
    Objects.requireNonNull(equivalence, "equivalence");
    return new SemiringLawChecker<>(
        semiring, samples, generator, seed, randomTriples, maxExhaustiveTriples, exact, equivalence);
  }

  /**
   * The way to check a floating-point semiring, such as your own {@code Semiring<Double>} with
   * plain {@code +} and {@code ×} that does not override {@link Semiring#equivalent} (whose default,
   * {@code Double.equals}, tells {@code -0.0} from {@code 0.0} and knows no rounding): compares the
   * non-exact laws within a relative tolerance, {@code |a − b| ≤ tolerance · max(1, |a|, |b|)}, on
   * every {@code Double} (also inside {@link Pair}s), and other values with {@code equals}. Equal
   * infinities are equal; NaN equals nothing. Identities and annihilation stay exact, with {@code
   * -0.0 == 0.0}.
   *
   * <pre>{@code
   * SemiringLawChecker.forSemiring(myDoubleSemiring)
   *     .withSamples(List.of(-2.5, 0.1, 0.2, 0.3, 1e-3, 1e6))
   *     .withTolerance(1e-9)
   *     .assertLaws();
   * }</pre>
   *
   * <p>Without it such a semiring gets hundreds of violations, listed after any real ones and
   * marked as {@linkplain LawViolation.Kind#ROUNDING rounding} or {@linkplain
   * LawViolation.Kind#SIGNED_ZERO signed-zero} noise.
   *
   * @param tolerance the relative tolerance, at least 0 (e.g. {@link Semirings#DEFAULT_TOLERANCE})
   * @throws IllegalArgumentException if {@code tolerance} is negative or NaN
   */
  public SemiringLawChecker<W> withTolerance(double tolerance) {
    if (!(tolerance >= 0)) {
      throw new IllegalArgumentException("tolerance must be >= 0, got " + tolerance);
    }
    return withEquivalence((a, b) -> withinTolerance(a, b, tolerance));
  }

  /** {@code Double}s (also in {@link Pair}s) within a relative tolerance, the rest by equals. */
  private static boolean withinTolerance(Object a, Object b, double tolerance) {
    // Pairs nest only as deep as their static type, so this loop is short.
    while (a instanceof Pair<?, ?> && b instanceof Pair<?, ?>) {
      Pair<?, ?> p = (Pair<?, ?>) a;
      Pair<?, ?> q = (Pair<?, ?>) b;
      if (!withinTolerance(p.first(), q.first(), tolerance)) {
        return false;
      }
      a = p.second();
      b = q.second();
    }
    if (a instanceof Double && b instanceof Double) {
      return FloatingPoint.relativelyClose((Double) a, (Double) b, tolerance);
    }
    return Objects.equals(a, b);
  }

  /**
   * Runs every check.
   *
   * @throws IllegalArgumentException if a sample or generated value is not a member, naming it (and
   *     the seed, for generated values)
   */
  public LawCheckReport<W> check() {
    // Duplicates (a sample equal to 1̄, say) would only repeat the same checks.
    Set<W> distinct = new LinkedHashSet<>();
    distinct.add(semiring.zero());
    distinct.add(semiring.one());
    for (int i = 0; i < samples.size(); i++) {
      W sample = samples.get(i);
      if (!semiring.isMember(sample)) {
        throw new IllegalArgumentException(
            "sample #"
                + i
                + " ("
                + sample
                + ") is not a member of the "
                + semiring.name()
                + " semiring; remove it from the samples");
      }
      distinct.add(sample);
    }
    List<W> elements = new ArrayList<>(distinct);
    LawChecks<W> checks = new LawChecks<>(semiring, exact, equivalence);
    checks.constants();
    for (W a : elements) {
      checks.unary(a);
      for (W b : elements) {
        checks.binary(a, b);
      }
    }
    SplittableRandom random = new SplittableRandom(seed);
    int n = elements.size();
    if ((long) n * n * n <= maxExhaustiveTriples) {
      for (W a : elements) {
        for (W b : elements) {
          for (W c : elements) {
            checks.ternary(a, b, c);
          }
        }
      }
    } else {
      for (int t = 0; t < maxExhaustiveTriples; t++) {
        checks.ternary(
            elements.get(random.nextInt(n)),
            elements.get(random.nextInt(n)),
            elements.get(random.nextInt(n)));
      }
    }
    if (generator != null) {
      for (int t = 0; t < randomTriples; t++) {
        W a = generate(random, t);
        W b = generate(random, t);
        W c = generate(random, t);
        checks.unary(a);
        checks.binary(a, b);
        checks.ternary(a, b, c);
      }
    }
    return checks.report();
  }

  private W generate(SplittableRandom random, int draw) {
    W w = Objects.requireNonNull(generator.apply(random), "generator returned null");
    if (!semiring.isMember(w)) {
      throw new IllegalArgumentException(
          "generated value "
              + w
              + " (seed "
              + seed
              + ", triple "
              + draw
              + ") is not a member of the "
              + semiring.name()
              + " semiring; fix the generator");
    }
    return w;
  }

  /**
   * Runs every check and throws if any law failed.
   *
   * @return the report, when the semiring is lawful on the elements checked
   * @throws AssertionError listing the violations (up to 25) and their counts per law
   */
  public LawCheckReport<W> assertLaws() {
    LawCheckReport<W> report = check();
    if (!report.isLawful()) {
      throw new AssertionError(report.describe(25));
    }
    return report;
  }
}
