package org.pathsum.solver.internal;

import java.util.Arrays;
import java.util.PriorityQueue;
import org.pathsum.semiring.Semiring;
import org.pathsum.solver.internal.compiled.Components;

/**
 * One run of Mohri's generic single-source shortest-distance algorithm on the masked part of an
 * {@link WeightedCsr}: each vertex keeps its total {@code d} and the <em>residual</em> {@code r}
 * added to it since it was last taken off the queue, and only the residual is propagated, so a
 * non-idempotent ⊕ never counts a path twice. A residual is dropped when adding it leaves {@code d}
 * {@linkplain Semiring#equivalent equivalent}, which is how the iteration converges.
 *
 * <p>Records, for each vertex, the edge of its last improvement: for a selective semiring those
 * edges form a tree of witness paths.
 *
 * @param <W> the weight type
 */
final class ResidualIteration<W> {

  /** Signals that a vertex was taken off the queue more often than the bound allows. */
  static final class LimitExceeded extends RuntimeException {
    final int vertex;
    final int[] pops;

    LimitExceeded(int vertex, int[] pops) {
      super(null, null, false, false);
      this.vertex = vertex;
      this.pops = pops;
    }
  }

  final Object[] d;
  final int[] predEdge;
  final int[] predTail;

  private final WeightedCsr<W> g;
  private final Semiring<W> semiring;
  private final boolean[] mask;
  private final Object[] r;
  private final boolean[] queued;
  private final int[] pops;

  private ResidualIteration(WeightedCsr<W> g, Semiring<W> semiring, boolean[] mask) {
    int n = g.size;
    this.g = g;
    this.semiring = semiring;
    this.mask = mask;
    this.d = new Object[n];
    this.r = new Object[n];
    Arrays.fill(d, semiring.zero());
    Arrays.fill(r, semiring.zero());
    this.predEdge = new int[n];
    this.predTail = new int[n];
    Arrays.fill(predEdge, -1);
    Arrays.fill(predTail, -1);
    this.queued = new boolean[n];
    this.pops = new int[n];
  }

  /**
   * Runs to convergence from several seeds at once: vertex {@code seeds[i]} starts with value and
   * residual {@code seedValues[i]}. The solution is {@code ⊕_i seedValues[i] ⊗ (sum over paths
   * seeds[i] → v)}. {@code comps} are needed for {@link QueueDiscipline#SCC_ORDER} only: the
   * components of the whole graph that {@code g} is, walked backward ({@code reverseComponents})
   * for a backward solve.
   *
   * @param stopAtBound at the bound, stop with the values reached instead of throwing
   * @throws LimitExceeded if a vertex is taken more than {@code maxPops} times and {@code
   *     stopAtBound} is false
   */
  @SuppressWarnings("unchecked")
  static <W> ResidualIteration<W> runSeeded(
      WeightedCsr<W> g,
      Semiring<W> semiring,
      int[] seeds,
      Object[] seedValues,
      boolean[] mask,
      Components comps,
      boolean reverseComponents,
      QueueDiscipline discipline,
      long maxPops,
      boolean stopAtBound) {
    ResidualIteration<W> it = new ResidualIteration<>(g, semiring, mask);
    Queue queue;
    switch (discipline) {
      case FIFO:
        queue = new FifoQueue(g.size);
        break;
      case SCC_ORDER:
        queue = new ComponentQueue(comps, reverseComponents, g.size);
        break;
      default:
        queue = it.new BestFirstQueue();
        break;
    }
    for (int i = 0; i < seeds.length; i++) {
      int v = seeds[i];
      it.d[v] = semiring.plus((W) it.d[v], (W) seedValues[i]);
      it.r[v] = semiring.plus((W) it.r[v], (W) seedValues[i]);
      if (!it.queued[v]) {
        it.queued[v] = true;
        queue.push(v);
      }
    }
    it.loop(queue, maxPops, stopAtBound);
    return it;
  }

  @SuppressWarnings("unchecked")
  private void loop(Queue queue, long maxPops, boolean stopAtBound) {
    W zero = semiring.zero();
    while (!queue.isEmpty()) {
      int q = queue.pop();
      queued[q] = false;
      if (++pops[q] > maxPops) {
        if (stopAtBound) {
          return; // the sum is known to be defined: what remains is rounding going round
        }
        throw new LimitExceeded(q, pops);
      }
      W residual = (W) r[q];
      r[q] = zero;
      for (int i = g.offsets[q]; i < g.offsets[q + 1]; i++) {
        int v = g.ends[i];
        if (!mask[v]) {
          continue;
        }
        W c = semiring.times(residual, g.weight(i));
        W old = (W) d[v];
        W next = semiring.plus(old, c);
        if (changes(next, old)) {
          d[v] = next;
          r[v] = semiring.plus((W) r[v], c);
          predEdge[v] = i;
          predTail[v] = q;
          if (!queued[v]) {
            queued[v] = true;
            queue.push(v);
          } else {
            queue.improved(v);
          }
        }
      }
    }
  }

  /**
   * Whether adding a residual changed a vertex's value enough to propagate it: exactly, for an
   * idempotent ⊕ (a value improves or it does not); for real arithmetic by more than {@link
   * #RELATIVE_TOLERANCE} relative to the values compared (no absolute floor, so small values
   * converge as well as large ones); for log arithmetic by more than that in the log, which is the
   * same relative change of the probabilities; by the semiring's {@link Semiring#equivalent} for
   * any other semiring. A change from or to an infinity (0̄ of log) always counts.
   */
  private boolean changes(W next, W old) {
    if (semiring.has(org.pathsum.semiring.SemiringProperty.IDEMPOTENT_PLUS)) {
      return !GenericSelectiveSolver.same(semiring, next, old);
    }
    if (semiring instanceof org.pathsum.semiring.DoubleSemiring) {
      double a = (Double) next;
      double b = (Double) old;
      if (a == b) {
        return false;
      }
      if (!Double.isFinite(a) || !Double.isFinite(b)) {
        return true;
      }
      double scale =
          ((org.pathsum.semiring.DoubleSemiring) semiring).arithmetic()
                  == org.pathsum.semiring.DoubleSemiring.Arithmetic.LOG_SUM_EXP
              ? 1
              : Math.max(Math.abs(a), Math.abs(b));
      return Math.abs(a - b) > RELATIVE_TOLERANCE * scale;
    }
    return !semiring.equivalent(next, old);
  }

  /** The relative change below which a residual of a non-idempotent double semiring is dropped. */
  static final double RELATIVE_TOLERANCE = 1e-13;

  private interface Queue {
    void push(int v);

    /** {@code v} is queued and its value just improved. */
    default void improved(int v) {}

    int pop();

    boolean isEmpty();
  }

  /** A ring buffer; a vertex is queued at most once, so |V| slots suffice. */
  private static final class FifoQueue implements Queue {
    private final int[] ring;
    private int head;
    private int size;

    FifoQueue(int n) {
      ring = new int[Math.max(1, n)];
    }

    @Override
    public void push(int v) {
      ring[(head + size++) % ring.length] = v;
    }

    @Override
    public int pop() {
      int v = ring[head];
      head = (head + 1) % ring.length;
      size--;
      return v;
    }

    @Override
    public boolean isEmpty() {
      return size == 0;
    }
  }

  /**
   * One intrusive FIFO list per component. Edges never lead to an earlier component, so the lowest
   * non-empty component only moves forward.
   */
  private static final class ComponentQueue implements Queue {
    private final Components comps;
    private final boolean reversed;
    private final int[] first;
    private final int[] last;
    private final int[] next;
    private int current;
    private int size;

    /** {@code reversed}: a backward solve, whose topological order is the components' reversed. */
    ComponentQueue(Components comps, boolean reversed, int n) {
      this.comps = comps;
      this.reversed = reversed;
      first = new int[comps.count()];
      last = new int[comps.count()];
      Arrays.fill(first, -1);
      next = new int[n];
    }

    @Override
    public void push(int v) {
      int c = reversed ? comps.count() - 1 - comps.componentOf(v) : comps.componentOf(v);
      next[v] = -1;
      if (first[c] < 0) {
        first[c] = v;
      } else {
        next[last[c]] = v;
      }
      last[c] = v;
      current = Math.min(current, c);
      size++;
    }

    @Override
    public int pop() {
      while (first[current] < 0) {
        current++;
      }
      int v = first[current];
      first[current] = next[v];
      size--;
      return v;
    }

    @Override
    public boolean isEmpty() {
      return size == 0;
    }
  }

  /** A heap with lazy deletion, ordered by the selective semiring's natural order. */
  private final class BestFirstQueue implements Queue {
    private final long[] version = new long[g.size];
    private final PriorityQueue<Entry> heap = new PriorityQueue<>(this::compare);
    private long counter;
    private int live;

    private final class Entry {
      final int vertex;
      final Object key;
      final long seq;

      Entry(int vertex) {
        this.vertex = vertex;
        this.key = d[vertex];
        this.seq = ++counter;
        version[vertex] = seq;
      }
    }

    @SuppressWarnings("unchecked")
    private int compare(Entry a, Entry b) {
      W x = (W) a.key;
      W y = (W) b.key;
      if (!x.equals(y)) {
        W best = semiring.plus(x, y);
        if (best.equals(x) && !best.equals(y)) {
          return -1;
        }
        if (best.equals(y) && !best.equals(x)) {
          return 1;
        }
      }
      return Long.compare(a.seq, b.seq);
    }

    @Override
    public void push(int v) {
      heap.add(new Entry(v));
      live++;
    }

    @Override
    public void improved(int v) {
      heap.add(new Entry(v)); // the older entry becomes stale
    }

    @Override
    public int pop() {
      while (true) {
        Entry e = heap.poll();
        if (e.seq == version[e.vertex]) {
          live--;
          return e.vertex;
        }
      }
    }

    @Override
    public boolean isEmpty() {
      return live == 0;
    }
  }
}
