package org.pathsum.semiring;

import com.google.common.collect.ImmutableList;
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
          "real", "boolean", "tropical", "max-plus", "counting", "bottleneck", "viterbi", "log");

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
   * The shipped semiring with the given command-line name, ignoring case: one of {@link #names()}.
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
   * counting bottleneck viterbi log}.
   */
  public static List<String> names() {
    return NAMES;
  }
}
