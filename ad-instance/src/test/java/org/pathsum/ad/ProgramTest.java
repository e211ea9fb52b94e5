package org.pathsum.ad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One program, three interpretations: doubles, duals, and a recorded graph. */
class ProgramTest {

  /** f(x, y) = (x + 4y)·((x + y)·y) and g(x, y) = sin(x)·y: two outputs. */
  private static final Program LECTURE =
      new Program() {
        @Override
        public <T> List<T> run(Arithmetic<T> a, List<T> in) {
          return List.of(LectureExample.f(a, in), a.mul(a.sin(in.get(0)), in.get(1)));
        }
      };

  @Test
  void doublesDualsAndTheRecordedGraphAgree() {
    assertArrayEquals(new double[] {920, Math.sin(3) * 5}, LECTURE.evaluate(3, 5));
    List<Dual> byX = LECTURE.derivatives(0, 3, 5);
    assertEquals(Dual.of(920, 155), byX.get(0));
    assertEquals(Math.cos(3) * 5, byX.get(1).derivative(), 1e-15);
    ComputationGraph g = LECTURE.record(List.of("x", "y"), List.of("F", "G"));
    Jacobian j = g.jacobian(Jacobian.Mode.REVERSE, 3, 5);
    assertArrayEquals(new double[] {155, 459}, j.row(0));
    assertArrayEquals(new double[] {Math.cos(3) * 5, Math.sin(3)}, j.row(1), 1e-15);
    assertEquals(List.of("F", "G"), j.outputNames());
  }

  @Test
  void outputNamesMustMatch() {
    assertThrows(IllegalArgumentException.class,
        () -> LECTURE.record(List.of("x", "y"), List.of("F")));
    assertThrows(IllegalArgumentException.class,
        () -> LECTURE.record(List.of("x", "x"), List.of("F", "G")));
    // Output names need not be distinct (two rows under one name); input names must be.
    assertEquals(
        List.of("F", "F"), LECTURE.record(List.of("x", "y"), List.of("F", "F")).outputNames());
    assertThrows(IllegalArgumentException.class, () -> LECTURE.derivatives(2, 3, 5));
  }
}
