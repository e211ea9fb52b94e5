package org.pathsum.solver.internal.cyclic;

import org.pathsum.solver.AccuracyNotReachedException;
import org.pathsum.solver.CarrierOverflowException;
import org.pathsum.solver.DivergentSeriesException;
import org.pathsum.solver.NegativeCycleException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import org.pathsum.semiring.PathSumException;

/**
 * A refusal by one of the array-level component solvers ({@link SpectralRadiusCertificate}, {@link
 * SeriesComponentSolver}, {@link SelectiveComponentSolver}), with its evidence as <em>local</em>
 * vertex indices {@code 0..n-1} of the CSR the solver was given. The caller that numbered the
 * component maps the evidence to its own vertices with {@link #withVertices}, which builds the
 * public, typed exception ({@link DivergentSeriesException}, {@link NegativeCycleException} or
 * {@link CarrierOverflowException}).
 *
 * <p>What the evidence arrays hold, by {@link #kind()}:
 *
 * <ul>
 *   <li>{@link Kind#DIVERGENT_SERIES}, {@link Kind#UNDECIDED_SERIES}: {@link #vertices()} every
 *       vertex of the CSR (the component), {@link #cycle()} one cycle of non-zero edges, {@link
 *       #lowerBound()} ≤ ρ(|A|) ≤ {@link #upperBound()};
 *   <li>{@link Kind#IMPROVING_CYCLE}: {@link #vertices()} and {@link #cycle()} the cycle {@code v0 →
 *       v1 → … → vk → v0} in the direction of the CSR rows, {@link #edges()} the CSR positions of
 *       its edges ({@code edges[i]} leaves {@code cycle[i]}), {@link #lowerBound()} = {@link
 *       #upperBound()} = its weight in the semiring (negative tropical, positive max-plus);
 *   <li>{@link Kind#OVERFLOW}: {@link #vertices()} the one vertex, {@link #lowerBound()} = {@link
 *       #upperBound()} = the non-finite value.
 *   <li>{@link Kind#ACCURACY_NOT_REACHED}: {@link #vertices()} the component, {@link #lowerBound()}
 *       the tolerance asked for, {@link #upperBound()} the bound the solve proved.
 * </ul>
 *
 * <p>The arrays are in the direction of the CSR rows the solver was given. A caller that passed the
 * in-edge CSR (a forward real solve, or a backward idempotent solve on reversed edges) says so with
 * {@code reversed} in {@link #withVertices}, which lists the cycle in the direction of the graph's
 * edges.
 */
public final class ComponentRefusalException extends PathSumException {

  private static final long serialVersionUID = 1L;

  /** Which refusal this is. */
  public enum Kind {
    /** ρ(|A|) ≥ 1 is proven: the real or log series over the component's paths diverges. */
    DIVERGENT_SERIES,
    /** Neither ρ(|A|) &lt; 1 nor ρ(|A|) ≥ 1 was proven within the iteration budget: refused. */
    UNDECIDED_SERIES,
    /** A reachable cycle improves every path through it (tropical negative, max-plus positive). */
    IMPROVING_CYCLE,
    /** A path sum of finite weights left the double range. */
    OVERFLOW,
    /** The series converges, but its solve could not prove the accuracy asked for. */
    ACCURACY_NOT_REACHED
  }

  private static final int[] NONE = new int[0];

  private final Kind kind;
  private final int[] vertices;
  private final int[] cycle;
  private final int[] edges;
  private final double lower;
  private final double upper;

  private ComponentRefusalException(
      String message,
      Kind kind,
      int[] vertices,
      int[] cycle,
      int[] edges,
      double lower,
      double upper) {
    super(message);
    this.kind = kind;
    this.vertices = vertices;
    this.cycle = cycle;
    this.edges = edges;
    this.lower = lower;
    this.upper = upper;
  }

  static ComponentRefusalException series(int n, int[] cycle, double lower, double upper) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    boolean proven = lower >= 1;
    String message =
        (proven
                ? "the series over paths diverges: rho(|A|) >= " + lower
                : "the series over paths could not be proven to converge: rho(|A|) in ["
                    + lower
                    + ", "
                    + upper
                    + "]")
            + " on a component of "
            + n
            + " local vertices";
    return new ComponentRefusalException(
        message,
        proven ? Kind.DIVERGENT_SERIES : Kind.UNDECIDED_SERIES,
        all,
        cycle,
        NONE,
        lower,
        upper);
  }

  static ComponentRefusalException improvingCycle(int[] cycle, int[] edges, double weight) {
    return new ComponentRefusalException(
        "a cycle of weight " + weight + " through local vertex " + cycle[0] + " improves forever",
        Kind.IMPROVING_CYCLE,
        cycle,
        cycle,
        edges,
        weight,
        weight);
  }

  static ComponentRefusalException overflow(int vertex, double value) {
    return new ComponentRefusalException(
        "the path sum at local vertex " + vertex + " overflows the double range (" + value + ")",
        Kind.OVERFLOW,
        new int[] {vertex},
        NONE,
        NONE,
        value,
        value);
  }

  static ComponentRefusalException accuracyNotReached(int n, double bound, double tolerance) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    return new ComponentRefusalException(
        "the solve proved a relative error of at most "
            + bound
            + ", not the "
            + tolerance
            + " asked for, on a component of "
            + n
            + " local vertices",
        Kind.ACCURACY_NOT_REACHED,
        all,
        NONE,
        NONE,
        tolerance,
        bound);
  }

  /** The same refusal with the cycle (and for an improving cycle, the vertices) turned around. */
  ComponentRefusalException withReversedCycle() {
    int[] c = reverse(cycle);
    return new ComponentRefusalException(
        getMessage(), kind, kind == Kind.IMPROVING_CYCLE ? c : vertices, c, edges, lower, upper);
  }

  private static int[] reverse(int[] cycle) {
    int[] out = cycle.clone();
    for (int i = 1; i < cycle.length; i++) {
      out[i] = cycle[cycle.length - i];
    }
    return out;
  }

  /** Which refusal this is; says what the evidence arrays hold. */
  public Kind kind() {
    return kind;
  }

  /**
   * The local vertices named: the component (series), the cycle (improving cycle) or the one
   * vertex (overflow). A fresh copy.
   */
  public int[] vertices() {
    return vertices.clone();
  }

  /**
   * One cycle as local vertices in CSR-row order (series and improving-cycle refusals), empty for
   * overflow. A fresh copy.
   */
  public int[] cycle() {
    return cycle.clone();
  }

  /**
   * The CSR positions of the improving cycle's edges ({@code edges[i]} leaves {@code cycle[i]});
   * empty for the other kinds. A fresh copy.
   */
  public int[] edges() {
    return edges.clone();
  }

  /** Series: a proven lower bound on ρ(|A|). Cycle: its weight. Overflow: the value. */
  public double lowerBound() {
    return lower;
  }

  /** Series: a proven upper bound on ρ(|A|) (may be +∞). Cycle: its weight. Overflow: the value. */
  public double upperBound() {
    return upper;
  }

  /**
   * The public exception with the evidence mapped to the caller's vertices.
   *
   * @param vertexAt the caller's vertex for each local index; must not return null
   * @param semiringName the semiring's name, for the message
   * @param reversed true if the CSR rows were in-edges (the cycle is then listed backwards and is
   *     turned around here, so that it follows the graph's edges)
   * @return a {@link DivergentSeriesException}, {@link NegativeCycleException} or {@link
   *     AccuracyNotReachedException}, to be thrown by the caller
   * @throws IllegalStateException for {@link Kind#OVERFLOW}, whose exception also names the query
   *     (the caller builds it from {@code vertices()[0]})
   */
  public PathSumException withVertices(
      IntFunction<?> vertexAt, String semiringName, boolean reversed) {
    Objects.requireNonNull(vertexAt, "vertexAt");
    Objects.requireNonNull(semiringName, "semiringName");
    switch (kind) {
      case OVERFLOW:
        throw new IllegalStateException(
            "an overflow names its query; map vertices()[0] to the graph's vertex instead");
      case ACCURACY_NOT_REACHED:
        return new AccuracyNotReachedException(
            map(vertices, vertexAt, false), upper, lower, semiringName);
      case IMPROVING_CYCLE:
        return new NegativeCycleException(map(cycle, vertexAt, reversed), lower, semiringName);
      default:
        return new DivergentSeriesException(
            map(vertices, vertexAt, false), map(cycle, vertexAt, reversed), lower, upper,
            semiringName);
    }
  }

  private static List<Object> map(int[] local, IntFunction<?> vertexAt, boolean reversed) {
    List<Object> out = new ArrayList<>(local.length);
    for (int i = 0; i < local.length; i++) {
      // A reversed cycle v0, v1, …, vk is the cycle v0, vk, …, v1 of the original edges.
      int j = reversed && i > 0 ? local.length - i : i;
      out.add(Objects.requireNonNull(vertexAt.apply(local[j]), "vertexAt returned null"));
    }
    return out;
  }
}
