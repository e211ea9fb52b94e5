package org.pathsum.semiring;

import com.google.common.collect.ImmutableList;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Static factories for the semirings pathsum ships. Each returned semiring is immutable and
 * documents its laws, its carrier (what is not a member) and how ±∞ behave.
 *
 * <table>
 *   <caption>The shipped semirings</caption>
 *   <tr><th>factory</th><th>name</th><th>⊕, ⊗, 0̄, 1̄</th><th>path sum</th></tr>
 *   <tr><td>{@link #real()}</td><td>real</td><td>+, ×, 0, 1</td><td>derivatives (AD)</td></tr>
 *   <tr><td>{@link #booleans()}</td><td>boolean</td><td>∨, ∧, false, true</td>
 *       <td>reachability</td></tr>
 *   <tr><td>{@link #tropical()}</td><td>tropical</td><td>min, +, +∞, 0</td>
 *       <td>shortest distance</td></tr>
 *   <tr><td>{@link #maxPlus()}</td><td>max-plus</td><td>max, +, −∞, 0</td>
 *       <td>longest distance</td></tr>
 *   <tr><td>{@link #counting()}</td><td>counting</td><td>+, ×, 0, 1 on ℕ</td>
 *       <td>number of paths</td></tr>
 *   <tr><td>{@link #bottleneck()}</td><td>bottleneck</td><td>max, min, −∞, +∞</td>
 *       <td>widest path</td></tr>
 *   <tr><td>{@link #viterbi()}</td><td>viterbi</td><td>max, ×, 0, 1 on [0, 1]</td>
 *       <td>most probable path</td></tr>
 *   <tr><td>{@link #log()}</td><td>log</td><td>log-sum-exp, +, −∞, 0</td>
 *       <td>total probability, in log space</td></tr>
 *   <tr><td>{@link #exactCounting()}</td><td>exact-counting</td><td>+, ×, 0, 1 on ℕ
 *       ({@code BigInteger})</td><td>number of paths, however large</td></tr>
 *   <tr><td>{@link #expectation()}</td><td>expectation</td><td>⟨p, r⟩ (see there)</td>
 *       <td>total probability and expected additive cost</td></tr>
 *   <tr><td>{@link #secondOrder()}</td><td>second-order</td><td>⟨p, r, s, t⟩ (see there)</td>
 *       <td>also variances, covariances</td></tr>
 *   <tr><td>{@link #kTropical(int)}</td><td>k-tropical</td><td>k smallest, pairwise +, [], [0]</td>
 *       <td>the k shortest distances</td></tr>
 *   <tr><td>{@link #kMaxPlus(int)}</td><td>k-max-plus</td><td>k largest, pairwise +, [], [0]</td>
 *       <td>the k longest distances</td></tr>
 *   <tr><td>{@link #provenance()}</td><td>provenance</td><td>+, ·, 0, 1 on ℕ[X]</td>
 *       <td>which edges each path uses</td></tr>
 * </table>
 *
 * <p>Also: gen/kill dataflow transfer functions ({@link #genKillUnion}, {@link
 * #genKillIntersection}), the free semiring of formulas ({@link #symbolic()}), and the {@link
 * #product} and {@link #lexicographic} combinations.
 */
public final class Semirings {

  /** The relative tolerance of the floating-point semirings' {@code equivalent}, by default. */
  public static final double DEFAULT_TOLERANCE = 1e-9;

  private static final RealSemiring REAL = new RealSemiring(DEFAULT_TOLERANCE);

  private static final ImmutableList<String> NAMES =
      ImmutableList.of(
          "real",
          "boolean",
          "tropical",
          "max-plus",
          "counting",
          "bottleneck",
          "viterbi",
          "log",
          "exact-counting",
          "expectation",
          "second-order",
          "provenance");

  private Semirings() {}

  /**
   * The real sum-product semiring (ℝ, +, ×, 0, 1), comparing with {@link #DEFAULT_TOLERANCE}. The
   * semiring of automatic differentiation.
   */
  public static DoubleSemiring real() {
    return REAL;
  }

  /**
   * The real sum-product semiring comparing weights with the given relative tolerance.
   *
   * @param tolerance relative tolerance of {@link Semiring#equivalent}, in {@code [0, 1)}
   * @throws IllegalArgumentException if {@code tolerance} is outside {@code [0, 1)} or NaN
   */
  public static DoubleSemiring real(double tolerance) {
    return new RealSemiring(tolerance);
  }

  /**
   * The Boolean semiring ({false, true}, ∨, ∧, false, true): reachability. Commutative, idempotent,
   * selective, bounded; {@code a* = true}.
   */
  public static Semiring<Boolean> booleans() {
    return BooleanSemiring.INSTANCE;
  }

  /**
   * The tropical semiring (ℝ ∪ {+∞}, min, +, +∞, 0): shortest paths. Commutative, idempotent,
   * selective, <em>not</em> bounded (negative weights); {@code a* = 0} for {@code a ≥ 0}, and a
   * negative {@code a} (a negative cycle) throws {@link ArithmeticException}. −∞ and NaN are not
   * members.
   */
  public static DoubleSemiring tropical() {
    return TropicalSemiring.INSTANCE;
  }

  /**
   * The max-plus semiring (ℝ ∪ {−∞}, max, +, −∞, 0): longest and critical paths. Commutative,
   * idempotent, selective; {@code a* = 0} for {@code a ≤ 0}, and a positive {@code a} throws {@link
   * ArithmeticException}. +∞ and NaN are not members.
   */
  public static DoubleSemiring maxPlus() {
    return MaxPlusSemiring.INSTANCE;
  }

  /**
   * The counting semiring (ℕ, +, ×, 0, 1) on {@code long}: the number of paths. Exact: overflow
   * throws {@link ArithmeticException}, never wraps. Commutative; no star; negative values are not
   * members.
   */
  public static Semiring<Long> counting() {
    return CountingSemiring.INSTANCE;
  }

  /**
   * The bottleneck semiring ([−∞, +∞], max, min, −∞, +∞): widest paths. Exact; commutative,
   * idempotent, selective, bounded; {@code a* = +∞}. NaN is not a member.
   */
  public static DoubleSemiring bottleneck() {
    return BottleneckSemiring.INSTANCE;
  }

  /**
   * The Viterbi semiring ([0, 1], max, ×, 0, 1): the most probable path. Commutative, idempotent,
   * selective, bounded; {@code a* = 1}. Values outside [0, 1] and NaN are not members.
   */
  public static DoubleSemiring viterbi() {
    return ViterbiSemiring.INSTANCE;
  }

  /**
   * The log semiring (ℝ ∪ {−∞}, log-sum-exp, +, −∞, 0): the real semiring on non-negative reals in
   * log space. Commutative; {@code a* = −ln(1 − eᵃ)} for {@code a < 0}, and {@code a ≥ 0} throws
   * {@link ArithmeticException}. +∞ and NaN are not members.
   */
  public static DoubleSemiring log() {
    return LogSemiring.INSTANCE;
  }

  /**
   * Gen/kill transfer functions over bits {@code 0 … width − 1} with ⊕ = pointwise union ("may"
   * dataflow problems such as reaching definitions) and ⊗ = composition in path order ({@code (f ⊗
   * g)(x) = g(f(x))}). Not commutative; idempotent; has a star; 0̄ = {@link GenKill#zero()}, 1̄ =
   * {@link GenKill#identity()}.
   *
   * @param width the number of facts; values using a bit ≥ width are not members
   * @throws IllegalArgumentException if {@code width} is negative
   */
  public static Semiring<GenKill> genKillUnion(int width) {
    return new GenKillSemiring(width, true);
  }

  /**
   * Gen/kill transfer functions over bits {@code 0 … width − 1} with ⊕ = pointwise intersection
   * ("must" dataflow problems such as available expressions) and ⊗ = composition in path order. Not
   * commutative; idempotent; has a star; 0̄ = {@link GenKill#zero()}, 1̄ = {@link
   * GenKill#identity()}.
   *
   * @param width the number of facts; values using a bit ≥ width are not members
   * @throws IllegalArgumentException if {@code width} is negative
   */
  public static Semiring<GenKill> genKillIntersection(int width) {
    return new GenKillSemiring(width, false);
  }

  /**
   * The free semiring of formulas over string atoms, whose path sums print as e.g. {@code 1·40 +
   * 1·5·23}. Not commutative, not idempotent, no star.
   */
  public static Semiring<SymbolicSum> symbolic() {
    return SymbolicSemiring.INSTANCE;
  }

  /**
   * The semiring of {@linkplain PathExpression path expressions}: regular expressions over edge
   * names, ⊕ = union, ⊗ = concatenation in path order, 0̄ = ∅, 1̄ = ε, with a total star. Label each
   * edge with {@link PathExpression#symbol} of its name, and the path sum between two vertices is an
   * expression whose language is exactly the set of paths between them (Tarjan's path
   * expressions): the symbolic form of every other path problem on the graph. ⊗ does not commute.
   */
  public static Semiring<PathExpression> pathExpressions() {
    return PathExpressionSemiring.INSTANCE;
  }

  /**
   * The direct product of two semirings, componentwise on {@link Pair}s. Its properties are those
   * of both components, except {@link SemiringProperty#SELECTIVE_PLUS}, which no product keeps.
   */
  public static <A, B> Semiring<Pair<A, B>> product(Semiring<A> first, Semiring<B> second) {
    return new ProductSemiring<>(first, second);
  }

  /**
   * The lexicographic semiring: {@code first} picks the better alternative, {@code second} is
   * carried along and combined on ties, e.g. {@code lexicographic(tropical(), counting())} gives
   * (shortest distance, number of shortest paths).
   *
   * <p>With ≡ the first semiring's {@code equivalent}: {@code (a₁, b₁) ⊕ (a₂, b₂)} is {@code (a₁, b₁
   * ⊕ b₂)} when a₁ ≡ a₂, and otherwise the operand whose first component is {@code a₁ ⊕ a₂};
   * {@code ⊗} is componentwise, except that a product whose first component is ≡ 0̄ is 0̄ = (0̄, 0̄).
   * Pairs (0̄, b) with b ≢ 0̄ are not members.
   *
   * <p><b>Restriction.</b> Distributivity needs {@code first}'s ⊗ to be <em>cancellative</em> on
   * non-zero elements ({@code x ⊗ y ≡ x ⊗ z ⇒ y ≡ z}, on both sides), and ≡ to be transitive on the
   * values met: then every law holds. True for tropical and max-plus on finite values of moderate
   * magnitude, Viterbi on (0, 1] without underflow, and boolean. <em>False</em> for bottleneck: with
   * x = (1, 1), y = (2, 1), z = (3, 1) over bottleneck ⋉ counting, {@code x ⊗ (y ⊕ z) = (1, 1)} but
   * {@code (x ⊗ y) ⊕ (x ⊗ z) = (1, 2)}. Use {@link SemiringLawChecker} on your combination.
   *
   * <p>Properties: commutative ⊗ if both have it; idempotent (selective) ⊕ if {@code second}'s is;
   * bounded if both are; no star.
   *
   * @throws MissingSemiringPropertyException if {@code first} is not {@link
   *     SemiringProperty#SELECTIVE_PLUS}
   */
  public static <A, B> Semiring<Pair<A, B>> lexicographic(Semiring<A> first, Semiring<B> second) {
    return new LexicographicSemiring<>(first, second);
  }

  /**
   * The exact counting semiring (ℕ, +, ×, 0, 1) on {@link BigInteger}: the number of paths,
   * however large — 2¹⁰⁰ paths through 100 diamonds in a row are counted exactly. Commutative; no
   * star (a cycle gives infinitely many paths, and solvers refuse it naming the cycle); negative
   * values are not members. {@link #counting()} is the faster {@code long} twin that refuses
   * counts past {@link Long#MAX_VALUE}.
   */
  public static Semiring<BigInteger> exactCounting() {
    return ExactCountingSemiring.INSTANCE;
  }

  /**
   * The expectation semiring (Eisner 2002) on {@link Expectation} pairs ⟨p, r⟩: ⊕ componentwise,
   * {@code ⟨p₁, r₁⟩ ⊗ ⟨p₂, r₂⟩ = ⟨p₁p₂, p₁r₂ + r₁p₂⟩}, 0̄ = ⟨0, 0⟩, 1̄ = ⟨1, 0⟩. Commutative;
   * {@code ⟨p, r⟩* = ⟨p*, p*·r·p*⟩} with {@code p* = 1/(1 − p)} for {@code |p| < 1}, and {@code
   * |p| ≥ 1} throws {@link ArithmeticException}. Members are pairs of finite doubles; {@code
   * equivalent} has the relative tolerance {@link #DEFAULT_TOLERANCE} in each component.
   *
   * <p><b>Expected cost.</b> Weight an edge of probability (or unnormalized score) {@code p} and
   * additive cost {@code c} by ⟨p, p·c⟩. The path sum ⟨Z, R⟩ has {@code Z = Σ_π p(π)} and {@code R
   * = Σ_π p(π)·c(π)}, so the expected cost of a path drawn with probability {@code p(π)/Z} is
   * {@code R / Z}.
   *
   * <p><b>Entropy.</b> Weight an edge by ⟨p, p·ln p⟩: then {@code R = Σ_π p(π)·ln p(π)} and the
   * entropy of the path distribution {@code p(π)/Z} is {@code H = ln Z − R/Z}.
   *
   * <p>On a graph with cycles the solvers first certify that the {@code p}-series converges, as
   * for {@link #real()} ({@link ConvergenceProjection}), and refuse it otherwise.
   */
  public static Semiring<Expectation> expectation() {
    return ExpectationSemiring.INSTANCE;
  }

  /**
   * The second-order expectation semiring (Li and Eisner 2009) on {@link SecondOrder} weights ⟨p,
   * r, s, t⟩: ⊕ componentwise, {@code ⟨p₁, r₁, s₁, t₁⟩ ⊗ ⟨p₂, r₂, s₂, t₂⟩ = ⟨p₁p₂, p₁r₂ + r₁p₂,
   * p₁s₂ + s₁p₂, p₁t₂ + t₁p₂ + r₁s₂ + s₁r₂⟩}, 0̄ = ⟨0, 0, 0, 0⟩, 1̄ = ⟨1, 0, 0, 0⟩. Commutative;
   * {@code ⟨p, r, s, t⟩* = ⟨P, r·P², s·P², t·P² + 2·r·s·P³⟩} with {@code P = 1/(1 − p)} for {@code
   * |p| < 1}, and {@code |p| ≥ 1} throws {@link ArithmeticException}. Members have four finite
   * components; {@code equivalent} has the relative tolerance {@link #DEFAULT_TOLERANCE} in each.
   *
   * <p><b>Variance.</b> Weight an edge of probability {@code p} and cost {@code c} by ⟨p, p·c,
   * p·c, p·c²⟩. The path sum ⟨Z, R, S, T⟩ has {@code R = S = Σ_π p(π)·c(π)} and {@code T = Σ_π
   * p(π)·c(π)²}, so the expected cost is {@code R/Z} and its variance {@code T/Z − (R/Z)²}. Two
   * different quantities {@code a}, {@code b} (edge ⟨p, p·a, p·b, p·a·b⟩) give the covariance
   * {@code T/Z − (R/Z)(S/Z)}.
   *
   * <p>On a graph with cycles the solvers first certify that the {@code p}-series converges, as
   * for {@link #real()} ({@link ConvergenceProjection}), and refuse it otherwise.
   */
  public static Semiring<SecondOrder> secondOrder() {
    return SecondOrderSemiring.INSTANCE;
  }

  /**
   * The k-tropical semiring: the k smallest path weights, as a {@link KBest} list in ascending
   * order. ⊕ merges two lists and keeps the k smallest (ties kept: {@code [1] ⊕ [1] = [1, 1]},
   * two different paths), ⊗ keeps the k smallest pairwise sums, 0̄ = {@code []}, 1̄ = {@code [0]};
   * an edge of weight w weighs {@link KBest#of KBest.of(w)}. Commutative; not idempotent, not
   * selective. The star is defined where the smallest weight is ≥ 0 (k-closed) and throws {@link
   * ArithmeticException} otherwise; on a graph with cycles the solvers first look for a negative
   * cycle as for {@link #tropical()} ({@link ConvergenceProjection}) and refuse it with a {@code
   * NegativeCycleException}. Members are lists of at most k finite doubles, ascending.
   *
   * @param k how many weights to keep, at least 1
   * @throws IllegalArgumentException if {@code k < 1}
   */
  public static Semiring<KBest> kTropical(int k) {
    return new KBestSemiring(k, false);
  }

  /**
   * The k-max-plus semiring: the k largest path weights, as a {@link KBest} list in descending
   * order, with the operations of {@link #kTropical(int)} mirrored. The star is defined where the
   * largest weight is ≤ 0; on a graph with cycles a positive cycle is refused as for {@link
   * #maxPlus()}. Members are lists of at most k finite doubles, descending.
   *
   * @param k how many weights to keep, at least 1
   * @throws IllegalArgumentException if {@code k < 1}
   */
  public static Semiring<KBest> kMaxPlus(int k) {
    return new KBestSemiring(k, true);
  }

  /**
   * The provenance semiring (ℕ[X], +, ·, 0, 1) of {@link Polynomial}s over named variables: label
   * each edge {@link Polynomial#variable} of its name, and the path sum lists every path as the
   * product of its edges' variables, e.g. {@code a*b + a*c}. Every commutative path sum is an
   * image of it ({@link Polynomial#evaluate}). Commutative; no star (a cycle gives infinitely many
   * paths, and solvers refuse it naming the cycle).
   */
  public static Semiring<Polynomial> provenance() {
    return ProvenanceSemiring.INSTANCE;
  }

  /**
   * The shipped semiring with the given {@linkplain Semiring#name() name}, ignoring case: one of
   * {@link #names()}. Not every one of them is offered by the command line, which must read its
   * weights from text.
   *
   * @param name e.g. {@code "tropical"} or {@code "max-plus"}
   * @return the semiring, or empty for an unknown name
   */
  public static Optional<Semiring<?>> byName(String name) {
    Objects.requireNonNull(name, "name");
    switch (name.toLowerCase(Locale.ROOT)) {
      case "boolean":
        return Optional.of(booleans());
      case "counting":
        return Optional.of(counting());
      case "exact-counting":
        return Optional.of(exactCounting());
      case "expectation":
        return Optional.of(expectation());
      case "second-order":
        return Optional.of(secondOrder());
      case "provenance":
        return Optional.of(provenance());
      default:
        return Optional.<Semiring<?>>empty().or(() -> doubleByName(name));
    }
  }

  /**
   * The shipped {@code double} semiring with the given command-line name, ignoring case: {@code
   * real tropical max-plus bottleneck viterbi log}. For primitive fast paths.
   *
   * @return the semiring, or empty for an unknown name or one that is not over {@code double}
   */
  public static Optional<DoubleSemiring> doubleByName(String name) {
    Objects.requireNonNull(name, "name");
    switch (name.toLowerCase(Locale.ROOT)) {
      case "real":
        return Optional.of(real());
      case "tropical":
        return Optional.of(tropical());
      case "max-plus":
        return Optional.of(maxPlus());
      case "bottleneck":
        return Optional.of(bottleneck());
      case "viterbi":
        return Optional.of(viterbi());
      case "log":
        return Optional.of(log());
      default:
        return Optional.empty();
    }
  }

  /**
   * The names {@link #byName} accepts, in a stable order: {@code real boolean tropical max-plus
   * counting bottleneck viterbi log exact-counting expectation second-order provenance}. The
   * k-best semirings need their k and are only made by {@link #kTropical(int)} and {@link
   * #kMaxPlus(int)}.
   */
  public static List<String> names() {
    return NAMES;
  }
}
