package org.pathsum.ad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * What array nodes refuse: operands whose shapes do not fit (by every implementation of {@link
 * ArrayArithmetic}, naming the operation and both shapes), bad arguments, and points where a value
 * or a local partial is not finite (naming the first such node, its operation and the entry).
 */
class ArrayRefusalTest {

  /** An operation on two operands of the given shapes, to run on every arithmetic. */
  interface Case {
    <T> T apply(ArrayArithmetic<T> a, T x, T y);
  }

  private static <T> T shaped(ArrayArithmetic<T> a, T flat, int rows, int cols) {
    return a.reshape(a.slice(flat, 0, rows * cols), rows, cols);
  }

  /**
   * Runs {@code op} on operands of shapes {@code ra × ca} and {@code rb × cb} (reshaped slices of
   * one input of 64 entries) by the recorder, the plain evaluator and the lifted arithmetic, and
   * returns the three messages.
   */
  private static List<String> refusals(Case op, int ra, int ca, int rb, int cb) {
    ArrayProgram p =
        new ArrayProgram() {
          @Override
          public <T> T run(ArrayArithmetic<T> a, List<T> in) {
            T x = shaped(a, in.get(0), ra, ca);
            T y = shaped(a, in.get(0), rb, cb);
            return op.apply(a, x, y);
          }
        };
    double[] point = new double[64];
    String recorded =
        assertThrows(IllegalArgumentException.class, () -> p.record(List.of("x"), 64))
            .getMessage();
    String plain = assertThrows(IllegalArgumentException.class, () -> p.evaluate(point))
        .getMessage();
    String lifted =
        assertThrows(IllegalArgumentException.class, () -> p.asProgram(64).evaluate(point))
            .getMessage();
    return List.of(recorded, plain, lifted);
  }

  private static void assertNamed(List<String> messages, String op, String first,
      String second) {
    for (String m : messages) {
      assertTrue(m.startsWith(op + ":"), m);
      assertTrue(m.contains(first), m);
      assertTrue(m.contains(second), m);
    }
  }

  @Test
  void everyBinaryOperationRefusesShapesThatDoNotFit() {
    Object[][] cases = {
      {"add", (Case) new Case() {
        public <T> T apply(ArrayArithmetic<T> a, T x, T y) {
          return a.add(x, y);
        }
      }},
      {"sub", (Case) new Case() {
        public <T> T apply(ArrayArithmetic<T> a, T x, T y) {
          return a.sub(x, y);
        }
      }},
      {"mul", (Case) new Case() {
        public <T> T apply(ArrayArithmetic<T> a, T x, T y) {
          return a.mul(x, y);
        }
      }},
      {"div", (Case) new Case() {
        public <T> T apply(ArrayArithmetic<T> a, T x, T y) {
          return a.div(x, y);
        }
      }},
      {"pow", (Case) new Case() {
        public <T> T apply(ArrayArithmetic<T> a, T x, T y) {
          return a.pow(x, y);
        }
      }},
      {"max", (Case) new Case() {
        public <T> T apply(ArrayArithmetic<T> a, T x, T y) {
          return a.max(x, y);
        }
      }},
      {"min", (Case) new Case() {
        public <T> T apply(ArrayArithmetic<T> a, T x, T y) {
          return a.min(List.of(x, y));
        }
      }},
    };
    for (Object[] c : cases) {
      String op = (String) c[0];
      Case f = (Case) c[1];
      assertNamed(refusals(f, 3, 4, 4, 3), op, "3×4", "4×3");
      assertNamed(refusals(f, 2, 3, 3, 1), op, "2×3", "3×1"); // a column of the wrong length
      assertNamed(refusals(f, 3, 1, 2, 1), op, "3×1", "2×1");
    }
  }

  @Test
  void theStructuralOperationsRefuseShapesThatDoNotFit() {
    assertNamed(refusals(new Case() {
      public <T> T apply(ArrayArithmetic<T> a, T x, T y) {
        return a.matmul(x, y);
      }
    }, 2, 3, 2, 3), "matmul", "2×3", "2×3");
    assertNamed(refusals(new Case() {
      public <T> T apply(ArrayArithmetic<T> a, T x, T y) {
        return a.dot(x, y);
      }
    }, 2, 3, 3, 2), "dot", "2×3", "3×2");
    assertNamed(refusals(new Case() {
      public <T> T apply(ArrayArithmetic<T> a, T x, T y) {
        return a.dot(x, y);
      }
    }, 4, 1, 5, 1), "dot", "4×1", "5×1");
    assertNamed(refusals(new Case() {
      public <T> T apply(ArrayArithmetic<T> a, T x, T y) {
        return a.concat(x, y);
      }
    }, 2, 3, 2, 4), "concat", "2×3", "2×4");
    assertNamed(refusals(new Case() {
      public <T> T apply(ArrayArithmetic<T> a, T x, T y) {
        return a.reshape(x, 5, 2);
      }
    }, 3, 3, 1, 1), "reshape", "3×3", "5×2");
    assertNamed(refusals(new Case() {
      public <T> T apply(ArrayArithmetic<T> a, T x, T y) {
        return a.slice(x, 0, 2);
      }
    }, 2, 3, 1, 1), "slice", "2×3", "2×3");
    assertNamed(refusals(new Case() {
      public <T> T apply(ArrayArithmetic<T> a, T x, T y) {
        return a.slice(x, 3, 9, 2);
      }
    }, 6, 1, 1, 1), "slice", "[3, 9)", "6×1");
    assertNamed(refusals(new Case() {
      public <T> T apply(ArrayArithmetic<T> a, T x, T y) {
        return a.constant(new double[] {1, 2, 3}, 2, 2);
      }
    }, 1, 1, 1, 1), "constant", "3 values", "2×2");
  }

  @Test
  void theDoorsRefuseBadArguments() {
    ArrayProgram sumOf =
        new ArrayProgram() {
          @Override
          public <T> T run(ArrayArithmetic<T> a, List<T> in) {
            return a.sum(in.get(0));
          }
        };
    ArrayProgram vector =
        new ArrayProgram() {
          @Override
          public <T> T run(ArrayArithmetic<T> a, List<T> in) {
            return a.sin(in.get(0));
          }
        };
    ArrayGraph g = sumOf.record(List.of("x"), 3);
    assertThrows(IllegalArgumentException.class, () -> g.valueAndGradient(new double[2],
        new double[3]));
    assertThrows(IllegalArgumentException.class, () -> g.valueAndGradient(new double[3],
        new double[4]));
    assertThrows(IllegalArgumentException.class, () -> g.jvp(new double[3], new double[2]));
    assertThrows(IllegalArgumentException.class,
        () -> vector.record(List.of("x"), 3).valueAndGradient(new double[3], new double[3]));
    assertThrows(IllegalArgumentException.class, () -> sumOf.record(List.of("x", "x"), 2, 2));
    assertThrows(IllegalArgumentException.class, () -> sumOf.record(List.of("x"), 0));
    assertThrows(IllegalArgumentException.class, () -> sumOf.record(List.of("x"), 2, 2));
    ArrayProgram nanConstant =
        new ArrayProgram() {
          @Override
          public <T> T run(ArrayArithmetic<T> a, List<T> in) {
            return a.constant(Double.NaN);
          }
        };
    assertThrows(IllegalArgumentException.class, () -> nanConstant.record(List.of("x"), 1));
  }

  private static final ArrayProgram LOG_OF_DIFFERENCE =
      new ArrayProgram() {
        @Override
        public <T> T run(ArrayArithmetic<T> a, List<T> in) {
          // sum(relu(log(x − 1))): relu hides log's −∞ at an entry 1 from the output
          return a.sum(a.relu(a.log(a.sub(in.get(0), a.constant(1)))));
        }
      };

  @Test
  void aNonFiniteValueIsNamedWithItsNodeOperationAndEntryEvenWhenHidden() {
    ArrayGraph g = LOG_OF_DIFFERENCE.record(List.of("x"), 4);
    double[] gradient = new double[4];
    assertEquals(Math.log(2), g.valueAndGradient(new double[] {2, 3, 1.5, 2}, gradient), 1e-15);
    NonFiniteValueException e =
        assertThrows(NonFiniteValueException.class,
            () -> g.valueAndGradient(new double[] {2, 3, 1, 2}, gradient));
    assertEquals(Op.LOG, e.op());
    assertEquals(3, e.nodeIndex()); // input, constant, sub, log
    assertEquals(List.of(2), e.operands());
    assertEquals(OptionalInt.of(2), e.element());
    assertFalse(e.isLabel());
    assertEquals(Double.NEGATIVE_INFINITY, e.value());
    assertEquals(e.nodeIndex(),
        assertThrows(NonFiniteValueException.class,
            () -> g.jvp(new double[] {2, 3, 1, 2}, new double[4])).nodeIndex());
    double[] values = g.evaluate(new double[] {2, 3, 1, 2}); // IEEE-754, no refusal
    assertTrue(Double.isFinite(values[0]));
  }

  @Test
  void aNonFiniteLabelBesideFiniteValuesIsNamedWithItsOperand() {
    ArrayProgram f =
        new ArrayProgram() {
          @Override
          public <T> T run(ArrayArithmetic<T> a, List<T> in) {
            return a.sum(a.sqrt(in.get(0)));
          }
        };
    NonFiniteValueException e =
        assertThrows(NonFiniteValueException.class,
            () -> f.record(List.of("x"), 3).valueAndGradient(new double[] {4, 0, 1},
                new double[3]));
    assertEquals(Op.SQRT, e.op());
    assertEquals(1, e.nodeIndex());
    assertTrue(e.isLabel());
    assertEquals(OptionalInt.of(0), e.operandPosition());
    assertEquals(OptionalInt.of(1), e.element());
    assertEquals(Double.POSITIVE_INFINITY, e.value());
    // the scalar tape refuses the same point at the same operation
    NonFiniteValueException scalar =
        assertThrows(NonFiniteValueException.class,
            () -> f.asProgram(3).record(List.of("a", "b", "c"), List.of("f"))
                .gradient(4, 0, 1));
    assertEquals(Op.SQRT, scalar.op());
    assertTrue(scalar.isLabel());
  }

  @Test
  void anOverflowingMatrixProductIsNamedAsASum() {
    ArrayProgram f =
        new ArrayProgram() {
          @Override
          public <T> T run(ArrayArithmetic<T> a, List<T> in) {
            T m = a.reshape(in.get(0), 2, 2);
            return a.sum(a.matmul(m, m));
          }
        };
    NonFiniteValueException e =
        assertThrows(NonFiniteValueException.class,
            () -> f.record(List.of("x"), 4).valueAndGradient(
                new double[] {1e200, 1e200, 1e200, 1}, new double[4]));
    assertEquals(Op.ADD, e.op());
    assertEquals(2, e.nodeIndex()); // input, reshape, matmul
    assertEquals(OptionalInt.of(0), e.element());
    assertTrue(e.getMessage().contains("matmul"), e.getMessage());
  }

  @Test
  void aNonFiniteConstantExpressionIsRefusedAtEveryPoint() {
    ArrayProgram f =
        new ArrayProgram() {
          @Override
          public <T> T run(ArrayArithmetic<T> a, List<T> in) {
            // log(−1) is NaN whatever x, and relu(NaN)·x would carry it; the refusal names log
            T hidden = a.relu(a.log(a.constant(new double[] {-1, 2})));
            return a.sum(a.mul(in.get(0), hidden));
          }
        };
    NonFiniteValueException e =
        assertThrows(NonFiniteValueException.class,
            () -> f.record(List.of("x"), 2).valueAndGradient(new double[] {1, 1},
                new double[2]));
    assertEquals(Op.LOG, e.op());
    assertEquals(OptionalInt.of(0), e.element());
  }
}
