package org.pathsum.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pathsum.semiring.Semiring;

/**
 * Each SQL semiring mirrors the in-memory semiring of its name: on seeded random operands, with 0̄
 * and 1̄ among them, SQL ⊕ and ⊗ equal the Java ones (within the semiring's tolerance), and the
 * membership predicate agrees on members.
 */
class SqlSemiringTest {

  private static final SparkSession SPARK = LocalSpark.session();

  @ParameterizedTest
  @EnumSource(SqlSemiring.class)
  @SuppressWarnings({"unchecked", "rawtypes"})
  void sqlOperationsMirrorTheSemiring(SqlSemiring s) {
    Semiring sem = s.semiring();
    assertEquals(s.semiringName(), sem.name());
    assertEquals(sem.zero(), s.zeroValue());
    SplittableRandom rnd = new SplittableRandom(17);
    List<Object> samples = new ArrayList<>(List.of(sem.zero(), sem.one()));
    for (int i = 0; i < 6; i++) {
      samples.add(DifferentialCases.weightValues(s.semiringName(), true).apply(rnd));
    }
    List<Row> rows = new ArrayList<>();
    for (Object a : samples) {
      for (Object b : samples) {
        rows.add(RowFactory.create(a, b));
      }
    }
    StructType schema = new StructType().add("a", s.type()).add("b", s.type());
    Dataset<Row> d = SPARK.createDataFrame(rows, schema);
    List<Row> out =
        d.select(
                col("a"),
                col("b"),
                s.plus(col("a"), col("b")),
                s.times(col("a"), col("b")),
                s.member(col("a")),
                s.isZero(col("a")))
            .collectAsList();
    for (Row r : out) {
      Object a = r.get(0);
      Object b = r.get(1);
      String at = s.semiringName() + " a=" + a + " b=" + b;
      assertTrue(sem.equivalent(sem.plus(a, b), r.get(2)), at + " plus " + r.get(2));
      assertTrue(sem.equivalent(sem.times(a, b), r.get(3)), at + " times " + r.get(3));
      assertEquals(sem.isMember(a), r.getBoolean(4), at + " member");
      assertEquals(sem.isZero(a), r.getBoolean(5), at + " isZero");
    }
  }

  @org.junit.jupiter.api.Test
  void countingOverflowIsNullNotAWrap() {
    Dataset<Row> d =
        SPARK.createDataFrame(
            List.of(RowFactory.create(1L << 40, 1L << 40)),
            new StructType().add("a", DataTypes.LongType).add("b", DataTypes.LongType));
    Row r =
        d.select(SqlSemiring.COUNTING.invalid(SqlSemiring.COUNTING.times(col("a"), col("b"))))
            .first();
    assertTrue(r.getBoolean(0));
  }
}
