package org.pathsum.solver.internal.elimination;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pathsum.semiring.Semiring;

/**
 * The outcome of one {@link VertexElimination}: the path sum for every (source, target) pair and
 * the work the elimination did. Immutable; thread-safe if the weights are.
 *
 * <p>{@link #get(Object, Object)} is the ⊕ over all paths from the source to the target of the ⊗ of
 * the edge weights in path order: {@code 1̄} when source equals target (the empty path; the graph
 * is acyclic), {@code 0̄} when no path exists.
 *
 * <p>The counts are the semiring operations actually performed: {@link #multiplications()} and
 * {@link #additions()} (including ⊕ merging parallel input edges and accumulating the final
 * source→target sums over paths through other sources or targets; a product with the empty path's
 * {@code 1̄} is not performed and not counted), and {@link #fillIn()}, the edges created by
 * elimination between vertices that had none.
 *
 * @param <V> the vertex type
 * @param <W> the weight type
 */
public final class EliminationResult<V, W> {

  private final Semiring<W> semiring;
  private final List<V> sources;
  private final List<V> targets;
  private final Map<V, Integer> sourceIndex;
  private final Map<V, Integer> targetIndex;
  private final Object[][] sums;
  private final List<V> eliminated;
  private final long multiplications;
  private final long additions;
  private final long fillIn;

  EliminationResult(
      Semiring<W> semiring,
      List<V> sources,
      List<V> targets,
      Map<V, Integer> sourceIndex,
      Map<V, Integer> targetIndex,
      Object[][] sums,
      List<V> eliminated,
      long[] counts) {
    this.semiring = semiring;
    this.sources = List.copyOf(sources);
    this.targets = List.copyOf(targets);
    this.sourceIndex = Map.copyOf(sourceIndex);
    this.targetIndex = Map.copyOf(targetIndex);
    this.sums = sums;
    this.eliminated = List.copyOf(eliminated);
    this.multiplications = counts[0];
    this.additions = counts[1];
    this.fillIn = counts[2];
  }

  /** The semiring the sums are in. */
  public Semiring<W> semiring() {
    return semiring;
  }

  /** The distinct sources, in the order given. */
  public List<V> sources() {
    return sources;
  }

  /** The distinct targets, in the order given. */
  public List<V> targets() {
    return targets;
  }

  /**
   * The path sum from {@code source} to {@code target}: {@code 1̄} if they are equal, {@code 0̄} if
   * no path joins them. O(1) expected.
   *
   * @throws IllegalArgumentException if {@code source} is not one of {@link #sources()} or {@code
   *     target} not one of {@link #targets()}
   */
  @SuppressWarnings("unchecked")
  public W get(V source, V target) {
    Integer s = sourceIndex.get(Objects.requireNonNull(source, "source"));
    if (s == null) {
      throw new IllegalArgumentException(
          "vertex " + source + " is not a source of this elimination; sources are " + sources);
    }
    Integer t = targetIndex.get(Objects.requireNonNull(target, "target"));
    if (t == null) {
      throw new IllegalArgumentException(
          "vertex " + target + " is not a target of this elimination; targets are " + targets);
    }
    return (W) sums[s][t];
  }

  /** The vertices eliminated, in the order they were eliminated (dropped vertices not included). */
  public List<V> eliminated() {
    return eliminated;
  }

  /** The number of ⊗ performed. */
  public long multiplications() {
    return multiplications;
  }

  /** The number of ⊕ performed. */
  public long additions() {
    return additions;
  }

  /** The number of edges created by elimination where none existed (fill-in). */
  public long fillIn() {
    return fillIn;
  }

  @Override
  public String toString() {
    return "EliminationResult[sources="
        + sources
        + ", targets="
        + targets
        + ", eliminated="
        + eliminated.size()
        + ", multiplications="
        + multiplications
        + ", additions="
        + additions
        + ", fillIn="
        + fillIn
        + "]";
  }
}
