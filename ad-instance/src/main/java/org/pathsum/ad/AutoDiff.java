package org.pathsum.ad;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.internal.compiled.DagSweeps;

/**
 * Automatic differentiation as a path problem. Every derivative here is a path sum over a {@link
 * LabeledGraph} in the real semiring ({@link Semirings#real()}): the sum over all paths between two
 * nodes of the product of the local partials along the path.
 *
 * <ul>
 *   <li><b>Forward mode</b> is a single-source solve from input {@code x_i}: every node {@code v}
 *       gets {@code ∂v/∂x_i} (its <em>tangent</em>); the outputs hold column {@code i} of the
 *       Jacobian.
 *   <li><b>Reverse mode</b> (backpropagation) is a single-target solve to output {@code f_j}:
 *       every node {@code v} gets {@code ∂f_j/∂v} (its <em>adjoint</em>); the inputs hold row
 *       {@code j}.
 * </ul>
 *
 * <p>The solves are the compiled sweeps {@link DagSweeps#forward} and {@link DagSweeps#backward}
 * over the graph's {@link ComputationGraph#compiledDag()}, with the labels as edge weights: one pass
 * in O(|V| + |E|), in node index order (forward) or its reverse. The full Jacobian of n inputs and m outputs costs n forward or m reverse solves. The
 * solves share one primitive {@code double[]} of labels and allocate one result buffer.
 *
 * <p>A node that is both an input and an output has derivative 1 with respect to itself; an output
 * that does not depend on an input has derivative 0 there.
 */
public final class AutoDiff {

  private static final DoubleSemiring REAL = Semirings.real();

  private AutoDiff() {}

  /**
   * The Jacobian by forward mode: one single-source solve per input. O(n·(|V| + |E|)).
   */
  public static Jacobian forwardJacobian(LabeledGraph g) {
    ComputationGraph cg = g.graph();
    double[][] j = new double[cg.outputCount()][cg.inputCount()];
    forwardColumns(g, j, 0, cg.inputCount());
    return Jacobian.wrap(cg, j);
  }

  /**
   * The Jacobian by reverse mode: one single-target solve per output. O(m·(|V| + |E|)).
   */
  public static Jacobian reverseJacobian(LabeledGraph g) {
    ComputationGraph cg = g.graph();
    double[][] j = new double[cg.outputCount()][cg.inputCount()];
    reverseRows(g, j, 0, cg.outputCount());
    return Jacobian.wrap(cg, j);
  }

  /**
   * The Jacobian by the cheaper mode: forward if there are no more inputs than outputs ({@code n
   * <= m}), reverse otherwise. O(min(n, m)·(|V| + |E|)).
   */
  public static Jacobian jacobian(LabeledGraph g) {
    ComputationGraph cg = g.graph();
    return cg.inputCount() <= cg.outputCount()
        ? forwardJacobian(g)
        : reverseJacobian(g);
  }

  /**
   * {@link #forwardJacobian(LabeledGraph)} with the columns computed as independent tasks on
   * {@code executor}. Every column is computed by the same sequential solve, so the result is
   * identical (bit for bit) to the sequential one.
   *
   * @throws IllegalStateException if a task fails or the calling thread is interrupted
   */
  public static Jacobian forwardJacobian(LabeledGraph g, ExecutorService executor) {
    ComputationGraph cg = g.graph();
    double[][] j = new double[cg.outputCount()][cg.inputCount()];
    inParallel(executor, cg.inputCount(), (from, to) -> forwardColumns(g, j, from, to));
    return Jacobian.wrap(cg, j);
  }

  /**
   * {@link #reverseJacobian(LabeledGraph)} with the rows computed as independent tasks on {@code
   * executor}; identical (bit for bit) to the sequential result.
   *
   * @throws IllegalStateException if a task fails or the calling thread is interrupted
   */
  public static Jacobian reverseJacobian(LabeledGraph g, ExecutorService executor) {
    ComputationGraph cg = g.graph();
    double[][] j = new double[cg.outputCount()][cg.inputCount()];
    inParallel(executor, cg.outputCount(), (from, to) -> reverseRows(g, j, from, to));
    return Jacobian.wrap(cg, j);
  }

  /**
   * The gradient of one output with respect to every input, by one reverse solve: row {@code
   * output} of the Jacobian, in {@link ComputationGraph#inputNames()} order. The solve is the
   * tape's reverse sweep into the calling thread's workspace (bit for bit {@link #adjoints}' {@link
   * DagSweeps#backward}), so only the result is allocated. To label and differentiate in one call
   * that allocates nothing, use {@link ComputationGraph#gradient(int, double[], double[])}.
   * O(|V| + |E|).
   *
   * @throws IllegalArgumentException if {@code output} is not in {@code [0, outputCount)}
   */
  public static double[] gradient(LabeledGraph g, int output) {
    ComputationGraph cg = g.graph();
    checkRange("output", output, cg.outputCount());
    double[] row = new double[cg.inputCount()];
    cg.reverseGradient(g.valueArray(), g.labelArray(), output, row);
    return row;
  }

  /**
   * Forward mode: {@code ∂v/∂input} for every node {@code v}, by node index, by one single-source
   * solve. Nodes before the input, or not depending on it, get 0. O(|V| + |E|).
   *
   * @throws IllegalArgumentException if {@code input} is not in {@code [0, inputCount)}
   */
  public static double[] tangents(LabeledGraph g, int input) {
    ComputationGraph cg = g.graph();
    checkRange("input", input, cg.inputCount());
    double[] out = new double[cg.nodeCount()];
    DagSweeps.forward(cg.compiledDag(), REAL, g.labelArray(), cg.inputNode(input), out);
    return out;
  }

  /**
   * Reverse mode: {@code ∂output/∂v} for every node {@code v}, by node index, by one single-target
   * solve. Nodes the output does not depend on get 0. O(|V| + |E|).
   *
   * @throws IllegalArgumentException if {@code output} is not in {@code [0, outputCount)}
   */
  public static double[] adjoints(LabeledGraph g, int output) {
    ComputationGraph cg = g.graph();
    checkRange("output", output, cg.outputCount());
    double[] out = new double[cg.nodeCount()];
    DagSweeps.backward(cg.compiledDag(), REAL, g.labelArray(), cg.outputNode(output), out);
    return out;
  }

  private static void forwardColumns(LabeledGraph g, double[][] j, int from, int to) {
    ComputationGraph cg = g.graph();
    double[] buffer = new double[cg.nodeCount()];
    for (int i = from; i < to; i++) {
      DagSweeps.forward(cg.compiledDag(), REAL, g.labelArray(), cg.inputNode(i), buffer);
      for (int k = 0; k < j.length; k++) {
        j[k][i] = buffer[cg.outputNode(k)];
      }
    }
  }

  private static void reverseRows(LabeledGraph g, double[][] j, int from, int to) {
    ComputationGraph cg = g.graph();
    double[] buffer = new double[cg.nodeCount()];
    for (int k = from; k < to; k++) {
      DagSweeps.backward(cg.compiledDag(), REAL, g.labelArray(), cg.outputNode(k), buffer);
      for (int i = 0; i < cg.inputCount(); i++) {
        j[k][i] = buffer[cg.inputNode(i)];
      }
    }
  }

  private interface Range {
    void run(int from, int to);
  }

  /** Splits {@code [0, count)} into contiguous chunks, runs them on {@code executor}, waits. */
  private static void inParallel(ExecutorService executor, int count, Range work) {
    Objects.requireNonNull(executor, "executor");
    int tasks = Math.max(1, Math.min(count, 4 * Runtime.getRuntime().availableProcessors()));
    List<Future<?>> futures = new ArrayList<>(tasks);
    for (int t = 0; t < tasks; t++) {
      int from = (int) ((long) count * t / tasks);
      int to = (int) ((long) count * (t + 1) / tasks);
      futures.add(executor.submit(() -> work.run(from, to)));
    }
    try {
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      futures.forEach(f -> f.cancel(true));
      throw new IllegalStateException("interrupted while computing a Jacobian", e);
    } catch (ExecutionException e) {
      futures.forEach(f -> f.cancel(true));
      throw new IllegalStateException("a Jacobian task failed: " + e.getCause(), e.getCause());
    }
  }

  private static void checkRange(String what, int index, int count) {
    if (index < 0 || index >= count) {
      throw new IllegalArgumentException(
          what + " index " + index + " out of range [0, " + count + ")");
    }
  }
}
