package org.pathsum.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.pathsum.solver.PathSums;
import org.pathsum.solver.CarrierOverflowException;

/**
 * The refusal of a path sum that left the carrier, as the in-memory solvers make it: a {@link
 * CarrierOverflowException} naming the vertex, the query's anchor and its direction, an underflow
 * (a product of nonzero numbers that vanished) told from an overflow.
 *
 * <p>{@link #requireTermsInCarrier} is the check the in-memory solvers make on the terms they add:
 * a vertex whose final value is 0̄ although a term {@code x(u) ⊗ w} of a final value {@code x(u) ≠
 * 0̄} reached it has lost that term to the carrier's end ({@linkplain SqlSemiring#escapes escaped}:
 * a product of nonzero numbers that vanished, a sum that reached 0̄'s infinity), and would read as
 * "no path". A term that escaped beside a better one does not change the vertex's value (min and
 * max ignore it, a vanished addend is below the rounding of the others) and is not refused; a value
 * that is itself out of range is refused where it is computed. It runs once, on the values a solve
 * settled on, because the supersteps see values that later improve (Bellman–Ford) or partial sums
 * of one path length (layers): {@code s a 1e308; s b 1; b a 1; a t 1e308} in tropical has the
 * answer 1e308 + 2 at t, although the first value of a, 1e308, gives t an infinite candidate.
 * Cost: one Spark job, a join of the values with the edges (co-partitioned by vertex) and with
 * the values again, and an aggregation of the few terms that escaped.
 */
final class CarrierCheck {

  private CarrierCheck() {}

  /**
   * Refuses the first (least) vertex whose final value is 0̄ though a term that escaped reached it.
   *
   * @param g the graph of the solve, in the solved orientation
   * @param values columns {@code v} and {@code x}, the final value of every vertex
   * @param reversed whether the solve ran on the reversed graph (a single-target query)
   * @throws CarrierOverflowException naming the vertex, if some term escaped into a vertex left
   *     at 0̄
   */
  static void requireTermsInCarrier(
      PreparedGraph g, SqlSemiring s, Dataset<Row> values, Object anchor, boolean reversed) {
    if (!s.canEscape()) {
      return;
    }
    Column term = s.times(col("x"), col("w"));
    Dataset<Row> ends = values.select(col("v").as("end"), col("x").as("endValue"));
    Row r =
        values
            .filter(not(s.isZero(col("x"))))
            .join(g.edges, col("v").equalTo(col("src")))
            .filter(s.escapes(term))
            .join(ends, col("dst").equalTo(col("end")), "left")
            .filter(coalesce(s.isZero(col("endValue")), lit(true)))
            .agg(min(struct(col("dst"), term.as("term"))))
            .first();
    if (!r.isNullAt(0)) {
      Row first = r.getStruct(0);
      throw refusal(s, first.get(0), first.get(1), anchor, reversed);
    }
  }

  /**
   * The refusal at {@code vertex}, whose sum (or one of whose terms) came out as {@code value}, in
   * the words of the in-memory sweeps.
   *
   * @param value the value that left the carrier: an infinity, NaN, 0̄ (a vanished term), or null
   *     for a count past {@code Long.MAX_VALUE}
   */
  static CarrierOverflowException refusal(
      SqlSemiring s, Object vertex, Object value, Object anchor, boolean reversed) {
    boolean underflow = s.isUnderflow(value);
    String detail;
    if (value == null) {
      detail = "long overflow";
    } else if (underflow) {
      detail = "a product of nonzero weights underflowed to " + value;
    } else {
      detail = "the arithmetic gave " + value;
    }
    return new CarrierOverflowException(
        vertex,
        anchor,
        reversed ? PathSums.Direction.TO_TARGET : PathSums.Direction.FROM_SOURCE,
        underflow,
        s.semiringName(),
        detail);
  }
}
