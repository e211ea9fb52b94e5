package org.pathsum.solver;

import java.util.List;
import java.util.Objects;
import org.pathsum.semiring.PathSumException;
import org.pathsum.solver.internal.BoundedText;

/**
 * Thrown when a path sum over a graph with cycles is not defined in the semiring: the infinite sum
 * over the paths that go around a cycle does not converge. Carries one such cycle as its list of
 * vertices {@code v0 → v1 → … → vk → v0} (a self-loop is a one-vertex list) and the name of the
 * semiring; the message shows the first vertices of a long cycle only.
 *
 * <p>Thrown as is when the semiring's {@linkplain org.pathsum.semiring.Semiring#star star} diverges
 * on a cycle (the real semiring with a non-contractive cycle) or when an iterative solver exceeds
 * its bound; the subclasses {@link NegativeCycleException} and {@link InfinitePathSumException}
 * name the two common special cases.
 */
public class DivergentPathSumException extends PathSumException {

  private static final long serialVersionUID = 1L;

  private final transient List<?> cycle;
  private final String semiringName;

  /**
   * @param cycle the vertices of one directed cycle responsible, in order; not empty
   * @param semiringName the semiring's {@link org.pathsum.semiring.Semiring#name()}
   * @param why what goes wrong, for the message; the cycle and the advice are added
   */
  public DivergentPathSumException(List<?> cycle, String semiringName, String why) {
    super(
        why
            + " (cycle "
            + BoundedText.cycle(Objects.requireNonNull(cycle, "cycle"))
            + ", "
            + Objects.requireNonNull(semiringName, "semiringName")
            + " semiring); remove or reweight the cycle, or ask only for paths that avoid it");
    this.cycle = List.copyOf(cycle);
    this.semiringName = semiringName;
  }

  /**
   * The vertices of the cycle, in order; the last has an edge back to the first. The type {@code
   * V} is the graph's vertex type, chosen by the caller ({@code List<String> c = ex.cycle()}).
   */
  @SuppressWarnings("unchecked")
  public <V> List<V> cycle() {
    return (List<V>) cycle;
  }

  /** The name of the semiring the problem was posed in. */
  public String semiringName() {
    return semiringName;
  }
}
