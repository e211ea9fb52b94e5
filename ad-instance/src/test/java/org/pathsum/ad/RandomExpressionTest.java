package org.pathsum.ad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.Test;
import org.pathsum.ad.ComputationGraph.Node;
import org.pathsum.ad.LabeledGraph.Edge;
import org.pathsum.ad.LabeledGraph.Vertex;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.PathSumSolver;
import org.pathsum.solver.PathSumSolvers;

/**
 * Seeded random programs over every operation, with shared subexpressions and several outputs,
 * differentiated six ways: every {@link Jacobian.Mode} (forward and reverse path solves, dual
 * numbers, cross-country elimination), Hipparchus' {@code Gradient} and central finite differences;
 * plus graph-solver's front door on the JGraphT view.
 */
class RandomExpressionTest {

  /** The modes and Hipparchus sum the same products in other orders. */
  private static final double EXACT_TOL = 1e-12;
  /** Central differences: O(h²) truncation plus O(ε/h) rounding. */
  private static final double FD_TOL = 2e-5;

  private static boolean close(double a, double b, double tol) {
    return Math.abs(a - b) <= tol * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }

  private static void assertClose(double expected, double actual, double tol, String what) {
    if (!close(expected, actual, tol)) {
      fail(what + ": expected " + expected + " but was " + actual + " (tolerance " + tol + ")");
    }
  }

  @Test
  void sixWaysAgreeOnRandomPrograms() {
    int tested = 0;
    for (long seed = 1; seed <= 300; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      RandomProgram program =
          new RandomProgram(random, 1 + random.nextInt(4), 5 + random.nextInt(25), 1 + random.nextInt(3));
      double[] point = smoothPoint(program, random);
      if (point == null) {
        continue;
      }
      tested++;
      check(program, point, "seed " + seed);
    }
    assertTrue(tested >= 150, "only " + tested + " of 300 random programs had a smooth point");
  }

  private static double[] smoothPoint(RandomProgram program, SplittableRandom random) {
    for (int attempt = 0; attempt < 50; attempt++) {
      double[] point = new double[program.inputCount];
      for (int i = 0; i < point.length; i++) {
        point[i] = random.nextDouble(-2, 2);
      }
      if (program.isSmoothAt(point)) {
        return point;
      }
    }
    return null;
  }

  private static void check(RandomProgram program, double[] point, String seed) {
    ComputationGraph g = program.record();
    LabeledGraph labeled = g.labelAt(point);
    Jacobian forward = g.jacobian(Jacobian.Mode.FORWARD, point);
    double[][] hipparchus = hipparchus(program, point);
    double[][] fd = finiteDifferences(g, point);
    PathSumSolver<Vertex, Double> generic =
        PathSumSolvers.forGraph(labeled.asGraph(), Semirings.real(), Edge::label);
    List<Node> inputs = g.inputs();
    List<Node> outputs = g.outputs();
    for (Jacobian.Mode mode : Jacobian.Mode.values()) {
      Jacobian j = g.jacobian(mode, point);
      for (int r = 0; r < forward.rows(); r++) {
        for (int i = 0; i < forward.columns(); i++) {
          assertClose(forward.get(r, i), j.get(r, i), EXACT_TOL,
              seed + ", d f" + r + " / d x" + i + " " + mode + " vs forward");
        }
      }
    }
    for (int j = 0; j < forward.rows(); j++) {
      var toOutput = generic.solveTo(labeled.vertex(outputs.get(j)));
      for (int i = 0; i < forward.columns(); i++) {
        String at = seed + ", d f" + j + " / d x" + i;
        double f = forward.get(j, i);
        assertClose(f, hipparchus[j][i], EXACT_TOL, at + " Hipparchus vs forward");
        assertClose(f, fd[j][i], FD_TOL, at + " finite differences vs forward");
        assertClose(f, toOutput.get(labeled.vertex(inputs.get(i))), EXACT_TOL,
            at + " front door solveTo vs forward");
        assertClose(f, generic.solveFrom(labeled.vertex(inputs.get(i)))
            .get(labeled.vertex(outputs.get(j))), EXACT_TOL, at + " front door solveFrom");
      }
    }
    double[] values = labeled.outputValues();
    List<Double> plain = program.outputs(Arithmetic.ofDouble(), boxed(point));
    double[] primitive = g.evaluate(point);
    for (int j = 0; j < values.length; j++) {
      assertEquals(plain.get(j), values[j], seed + ": value of f" + j);
      assertEquals(plain.get(j), primitive[j], seed + ": primitive value of f" + j);
    }
  }

  private static List<Double> boxed(double[] point) {
    List<Double> list = new ArrayList<>();
    for (double x : point) {
      list.add(x);
    }
    return list;
  }

  private static double[][] hipparchus(RandomProgram program, double[] point) {
    int n = point.length;
    List<Gradient> in = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      in.add(Gradient.variable(n, i, point[i]));
    }
    List<Gradient> out = program.outputs(new GradientArithmetic(n), in);
    double[][] j = new double[out.size()][];
    for (int k = 0; k < out.size(); k++) {
      j[k] = out.get(k).getGradient();
    }
    return j;
  }

  /** Central differences (f(x + h) − f(x − h)) / 2h, h = 1e-6·max(1, |x|). */
  static double[][] finiteDifferences(ComputationGraph g, double[] point) {
    int n = point.length;
    int m = g.outputNames().size();
    double[][] j = new double[m][n];
    for (int i = 0; i < n; i++) {
      double h = 1e-6 * Math.max(1, Math.abs(point[i]));
      double[] plus = point.clone();
      double[] minus = point.clone();
      plus[i] += h;
      minus[i] -= h;
      List<Double> fp = g.evaluate(Arithmetic.ofDouble(), boxed(plus));
      List<Double> fm = g.evaluate(Arithmetic.ofDouble(), boxed(minus));
      for (int k = 0; k < m; k++) {
        j[k][i] = (fp.get(k) - fm.get(k)) / (plus[i] - minus[i]);
      }
    }
    return j;
  }
}
