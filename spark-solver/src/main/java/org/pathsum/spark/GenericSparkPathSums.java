package org.pathsum.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.pathsum.semiring.PathSumException;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.SemiringProperty;
import scala.Tuple2;

/**
 * Path sums on Spark for any {@link Semiring}, through the RDD API: the generic twin of {@link
 * SparkPathSums} for semirings that are not primitive SQL columns (gen/kill transfer functions,
 * lexicographic pairs, user-written ones). Slower than the SQL path (every weight is a Java object,
 * serialized in the shuffle); use {@link SparkPathSums} for the eight shipped semirings.
 *
 * <p><b>Semirings are passed by factory.</b> The shipped semirings are not {@code Serializable},
 * so the caller gives a {@link SemiringFactory} (a serializable lambda such as {@code () ->
 * Semirings.genKillUnion(8)}) that each task calls once per partition. Weights and vertices must be
 * serializable by the session's serializer: {@code java.io.Serializable} for the default one, or
 * any class under {@code spark.serializer=org.apache.spark.serializer.KryoSerializer}.
 *
 * <p><b>Algorithms.</b> Edges are keyed by their source and hash-partitioned once; every state RDD
 * uses the same partitioner, so a superstep's joins are narrow and its one shuffle is {@code
 * reduceByKey} of the candidates by target. With an idempotent ⊕: delta-frontier Bellman–Ford
 * (only changed vertices propagate; a vertex changes when {@code old ⊕ candidate} differs from
 * {@code old}). Otherwise: path-length layers, exact on the paths the anchor reaches if they are
 * acyclic. ⊗ may be non-commutative: forward solves extend {@code value ⊗ w}, backward ones {@code
 * w ⊗ value}, so products stay in path order.
 *
 * <p><b>Refusals.</b> A computation still changing after more supersteps than there are reached
 * vertices (plus one) has an improving cycle or infinitely many paths; it is refused with a {@link
 * PathSumException} naming up to five vertices that still change (they lie on or after such a
 * cycle). The SQL path names the cycle itself.
 *
 * <p><b>Cost.</b> One job per superstep; lineage cut by {@code localCheckpoint()} (or {@code
 * checkpoint()} with a checkpoint directory) every 4 supersteps.
 */
public final class GenericSparkPathSums {

  /** A serializable source of a semiring, called on the executors. */
  @FunctionalInterface
  public interface SemiringFactory<W> extends Serializable {
    /** The semiring; a cheap call (a singleton or a small immutable object). */
    Semiring<W> get();
  }

  /**
   * One weighted edge; immutable. A class rather than a record because Kryo (the serializer the
   * generic path needs for weights that are not {@code Serializable}) cannot build records.
   */
  public static final class Edge<V, W> implements Serializable {
    private static final long serialVersionUID = 1L;
    private final V source;
    private final V target;
    private final W weight;

    /**
     * @param source its source vertex
     * @param target its target vertex
     * @param weight its weight
     */
    public Edge(V source, V target, W weight) {
      this.source = Objects.requireNonNull(source, "source");
      this.target = Objects.requireNonNull(target, "target");
      this.weight = Objects.requireNonNull(weight, "weight");
    }

    /** The source vertex. */
    public V source() {
      return source;
    }

    /** The target vertex. */
    public V target() {
      return target;
    }

    /** The weight. */
    public W weight() {
      return weight;
    }
  }

  private static final int CHECKPOINT_EVERY = 4;

  private GenericSparkPathSums() {}

  /**
   * For every vertex v with a path from {@code source}, the ⊕-sum over paths source → v of the
   * ⊗-products in path order; vertices without a path are absent. The source has at least 1̄.
   *
   * @param partitions the number of hash partitions of edges and state, ≥ 1
   * @throws PathSumException if the sum is not reached within reached + 1 supersteps
   */
  public static <V, W> JavaPairRDD<V, W> solveFrom(
      JavaRDD<Edge<V, W>> edges, SemiringFactory<W> semiring, V source, int partitions) {
    return solve(edges, semiring, source, partitions, true);
  }

  /**
   * For every vertex v with a path to {@code target}, the ⊕-sum over paths v → target of the
   * ⊗-products in path order (so a non-commutative ⊗ is handled); vertices without a path are
   * absent. The target has at least 1̄.
   *
   * @param partitions the number of hash partitions of edges and state, ≥ 1
   * @throws PathSumException if the sum is not reached within reached + 1 supersteps
   */
  public static <V, W> JavaPairRDD<V, W> solveTo(
      JavaRDD<Edge<V, W>> edges, SemiringFactory<W> semiring, V target, int partitions) {
    return solve(edges, semiring, target, partitions, false);
  }

  private static <V, W> JavaPairRDD<V, W> solve(
      JavaRDD<Edge<V, W>> edges, SemiringFactory<W> factory, V anchor, int partitions,
      boolean forward) {
    Objects.requireNonNull(anchor, "anchor");
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1: " + partitions);
    }
    Semiring<W> s = factory.get();
    boolean idempotent = s.has(SemiringProperty.IDEMPOTENT_PLUS);
    HashPartitioner p = new HashPartitioner(partitions);
    JavaPairRDD<V, Tuple2<V, W>> out =
        edges
            .mapPartitionsToPair(
                it -> {
                  Semiring<W> sem = factory.get();
                  List<Tuple2<V, Tuple2<V, W>>> r = new ArrayList<>();
                  it.forEachRemaining(
                      e -> {
                        if (!sem.isZero(e.weight())) {
                          r.add(forward
                              ? new Tuple2<>(e.source(), new Tuple2<>(e.target(), e.weight()))
                              : new Tuple2<>(e.target(), new Tuple2<>(e.source(), e.weight())));
                        }
                      });
                  return r.iterator();
                })
            .partitionBy(p)
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(edges.context());
    JavaPairRDD<V, W> values =
        sc.parallelizePairs(List.of(new Tuple2<>(anchor, s.one()))).partitionBy(p);
    JavaPairRDD<V, W> active = values;
    List<JavaPairRDD<?, ?>> kept = new ArrayList<>();
    kept.add(out);
    try {
      for (int k = 1; ; k++) {
        JavaPairRDD<V, W> cand =
            active
                .join(out) // both partitioned by p: narrow
                .mapPartitionsToPair(
                    it -> {
                      Semiring<W> sem = factory.get();
                      List<Tuple2<V, W>> r = new ArrayList<>();
                      it.forEachRemaining(
                          t -> {
                            W val = t._2()._1();
                            W w = t._2()._2()._2();
                            r.add(new Tuple2<>(t._2()._2()._1(),
                                forward ? sem.times(val, w) : sem.times(w, val)));
                          });
                      return r.iterator();
                    })
                .reduceByKey(p, (a, b) -> factory.get().plus(a, b)); // the one shuffle
        JavaPairRDD<V, Tuple2<W, Boolean>> merged =
            values
                .fullOuterJoin(cand, p) // co-partitioned: narrow
                .mapValues(
                    t -> {
                      Semiring<W> sem = factory.get();
                      W old = t._1().orElse(sem.zero());
                      if (!t._2().isPresent()) {
                        return new Tuple2<>(old, false);
                      }
                      W c = t._2().get();
                      W sum = sem.plus(old, c);
                      return new Tuple2<>(sum, idempotent ? !sum.equals(old) : true);
                    });
        JavaPairRDD<V, W> nextValues = merged.mapValues(Tuple2::_1);
        JavaPairRDD<V, W> nextActive =
            idempotent
                ? merged.filter(t -> t._2()._2()).mapValues(Tuple2::_1)
                : cand;
        if (k % CHECKPOINT_EVERY == 0) {
          nextValues = checkpoint(nextValues);
          nextActive = checkpoint(nextActive);
        } else {
          nextValues = nextValues.persist(StorageLevel.MEMORY_AND_DISK());
          nextActive = nextActive.persist(StorageLevel.MEMORY_AND_DISK());
        }
        long activeCount = nextActive.count();
        long reached = nextValues.count();
        kept.add(nextValues);
        kept.add(nextActive);
        while (kept.size() > 5) {
          kept.remove(1).unpersist(false);
        }
        values = nextValues;
        active = nextActive;
        if (activeCount == 0) {
          return values;
        }
        if (k > reached + 1) {
          List<V> some = active.keys().take(5);
          throw new PathSumException(
              "the " + s.name() + " path sums do not settle: after " + k + " supersteps over "
                  + reached + " reached vertices these still change: " + some
                  + (idempotent ? " (a cycle improves paths through them)"
                      : " (a cycle gives infinitely many paths)")
                  + "; remove the cycle or ask only for paths that avoid it");
        }
      }
    } finally {
      for (int i = 0; i < kept.size() - 2; i++) {
        kept.get(i).unpersist(false);
      }
    }
  }

  private static <V, W> JavaPairRDD<V, W> checkpoint(JavaPairRDD<V, W> rdd) {
    JavaPairRDD<V, W> r = rdd.persist(StorageLevel.MEMORY_AND_DISK());
    if (rdd.context().getCheckpointDir().isDefined()) {
      r.checkpoint();
    } else {
      r.rdd().localCheckpoint();
    }
    return r;
  }
}
