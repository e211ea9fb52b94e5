package com.example.lecture;

import java.util.List;
import org.pathsum.ad.Arithmetic;
import org.pathsum.ad.ComputationGraph;
import org.pathsum.ad.Program;

/** The lecture's worked example, F(x, y) = (x + 4y)·((x + y)·y), written once. */
public final class Lecture {

  private Lecture() {}

  /** F on any number type; {@code v} = [x, y]. */
  public static <T> T f(Arithmetic<T> a, List<T> v) {
    T x = v.get(0);
    T y = v.get(1);
    return a.mul(a.add(x, a.mul(a.constant(4), y)), a.mul(a.add(x, y), y));
  }

  /** F as a program. */
  public static Program program() {
    return Program.scalar(Lecture::f);
  }

  /** F recorded, inputs x and y, output F. */
  public static ComputationGraph graph() {
    return program().record(List.of("x", "y"), List.of("F"));
  }
}
