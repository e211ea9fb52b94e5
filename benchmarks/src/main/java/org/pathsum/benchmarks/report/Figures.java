package org.pathsum.benchmarks.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pathsum.benchmarks.report.Ratio.Spec;
import org.pathsum.benchmarks.report.Ratio.Target;

/**
 * The ratios the report forms, with the project's performance targets attached where it sets them,
 * and the headline subset that {@link RegressionCheck} holds every change to.
 *
 * <p>Where the project sets no target, a figure is reported for information; a few headline rows
 * carry a regression floor instead, stated as such in the target's text with what it rests on.
 */
final class Figures {

  private Figures() {}

  private static final String RAW_LOOP = "the memory-bandwidth floor";

  /** Reverse ÷ forward for f: ℝⁿ → ℝ: within 2× of 1/n for n ≥ 100. */
  private static Optional<Target> reverseOverForward(Map<String, String> p) {
    int n = Integer.parseInt(p.getOrDefault("n", "0"));
    if (!"1".equals(p.get("m")) || n < 100) {
      return Optional.empty();
    }
    return Optional.of(
        new Target("within 2× of 1/n = " + 1.0 / n, r -> r <= 2.0 / n && r >= 0.5 / n));
  }

  private static Optional<Target> peer(Map<String, String> p) {
    switch (p.getOrDefault("n", "")) {
      case "100":
        return Optional.of(Target.atLeast(25, "forward mode costs O(n) per operation"));
      case "1000":
        return Optional.of(Target.atLeast(150, "forward mode costs O(n) per operation"));
      default:
        return Optional.empty();
    }
  }

  private static Optional<Target> valuesOverHand(Map<String, String> p) {
    switch (p.getOrDefault("function", "")) {
      case "rosenbrock":
        return Optional.of(Target.atMost(12, "a tape costs about 1–2 ns per node"));
      case "mlp":
        return Optional.of(Target.atMost(6, "a tape costs about 1–2 ns per node"));
      default:
        return Optional.empty();
    }
  }

  private static Spec atMost(String figure, String cls, String num, String den, double bound,
      String why) {
    return new Spec(figure, cls, num, den, p -> Optional.of(Target.atMost(bound, why)));
  }

  private static Spec atLeast(String figure, String cls, String num, String den, double bound,
      String why) {
    return new Spec(figure, cls, num, den, p -> Optional.of(Target.atLeast(bound, why)));
  }

  static final Spec REAL_FORWARD =
      atMost("compiled real forward sweep ÷ raw loop", "RealSweepBenchmark", "compiledForward",
          "rawLoopForward", 1.5, RAW_LOOP);
  static final Spec REAL_BACKWARD =
      atMost("compiled real backward sweep ÷ raw loop", "RealSweepBenchmark", "compiledBackward",
          "rawLoopBackward", 1.5, RAW_LOOP);
  static final Spec GUARDED_FORWARD =
      atMost("guarded real forward sweep ÷ raw loop, both allocating", "RealSweepBenchmark",
          "guardedForward", "rawLoopForwardAllocating", 1.5, RAW_LOOP);
  static final Spec GUARDED_BACKWARD =
      atMost("guarded real backward sweep ÷ raw loop, both allocating", "RealSweepBenchmark",
          "guardedBackward", "rawLoopBackwardAllocating", 1.5, RAW_LOOP);
  static final Spec FRONT_DOOR_FORWARD =
      atMost("front door solveFrom on a DAG, real ÷ raw loop allocating", "RealSweepBenchmark",
          "frontDoorForward", "rawLoopForwardAllocating", 1.5, RAW_LOOP);
  static final Spec FRONT_DOOR_BACKWARD =
      atMost("front door solveTo on a DAG, real ÷ raw loop allocating", "RealSweepBenchmark",
          "frontDoorBackward", "rawLoopBackwardAllocating", 1.5, RAW_LOOP);
  static final Spec DIJKSTRA_DAG =
      new Spec(
          "JGraphT Dijkstra ÷ compiled tropical sweep",
          "TropicalBenchmark",
          "dijkstra",
          "compiledSweep",
          p -> Optional.of(Target.atLeast(5)),
          p -> "5000000".equals(p.get("edges")) ? "" : "target stated at 5·10⁶ edges");
  static final Spec DIJKSTRA_CYCLIC =
      atLeast("JGraphT Dijkstra ÷ pathsum Dijkstra, graph with cycles", "CyclicSolverBenchmark",
          "jgraphtDijkstra", "pathsumDijkstra", 5,
          "regression floor: the DAG sweep's target");
  static final Spec DIJKSTRA_FRONT_DOOR =
      atLeast("JGraphT Dijkstra ÷ front door tropical, graph with cycles",
          "CyclicSolverBenchmark", "jgraphtDijkstra", "frontDoorTropical", 5,
          "regression floor: the DAG sweep's target");
  static final Spec REAL_SERIES =
      atMost("real series (certificate + Gauss–Seidel) ÷ one plain sweep, graph with cycles",
          "CyclicSolverBenchmark", "pathsumRealSeries", "realOneSweep", 40,
          "regression bound: about the sparse products scipy's Jacobi needs for this accuracy");
  static final Spec REAL_SERIES_FRONT_DOOR =
      atMost("front door real series ÷ one plain sweep, graph with cycles",
          "CyclicSolverBenchmark", "frontDoorRealSeries", "realOneSweep", 40,
          "regression bound: about the sparse products scipy's Jacobi needs for this accuracy");
  static final Spec MAX_PLUS_REFUSAL =
      atMost("max-plus refusal (positive cycles) ÷ one plain sweep", "CyclicSolverBenchmark",
          "pathsumMaxPlusRefusal", "realOneSweep", 10, "within a few sweeps' time");
  static final Spec TROPICAL_REFUSAL_FRONT_DOOR =
      atMost("front door tropical refusal (negative cycles) ÷ one plain sweep",
          "CyclicSolverBenchmark", "frontDoorTropicalRefusal", "realOneSweep", 10,
          "within a few sweeps' time");
  static final Spec GRADIENT_OVER_VALUES =
      atMost("pathsum gradient ÷ values-only pass over the recorded graph", "GradientBenchmark",
          "pathsumGradient", "evaluateGraph", 2.5, "below the cheap-gradient bound of about 3–5");
  static final Spec SCALAR_TAPE_ROSENBROCK =
      atMost("scalar tape gradient ÷ values-only pass, Rosenbrock", "GradientBenchmark",
              "pathsumGradient", "evaluateGraph", 4.5,
              "regression bound: the scalar tape's own floor plus a margin")
          .where("function", "rosenbrock");
  static final Spec ARRAY_GRADIENT_OVER_HAND =
      atMost("array-node gradient ÷ hand-written evaluation", "GradientBenchmark",
          "arrayGradient", "handEvaluation", 3,
          "the cheap-gradient bound, with arrays run as loops rather than as scalar nodes");
  static final Spec ARRAY_ROSENBROCK_OVER_HAND =
      atMost("array-node gradient ÷ hand-written evaluation, Rosenbrock by size",
          "ArrayNodeBenchmark", "arrayGradient", "handEvaluation", 3,
          "the cheap-gradient bound, with arrays run as loops rather than as scalar nodes");
  static final Spec VALUES_OVER_HAND =
      new Spec(
          "values-only pass over the recorded graph ÷ hand-written evaluation",
          "GradientBenchmark",
          "evaluateGraph",
          "handEvaluation",
          Figures::valuesOverHand);
  static final Spec MARGINALS =
      atMost("marginals ÷ one log-semiring forward solve, 10⁶-edge label lattice",
          "MarginalsBenchmark", "marginals", "logForward", 3,
          "forward–backward is two solves and one pass over the edges");
  static final Spec K_BEST =
      atMost("10 best walks (with the walks) ÷ single best weight, 10⁶-edge label lattice",
          "MarginalsBenchmark", "kBest10", "maxPlusBest", 10,
          "Mohri's k-shortest distances cost about k single solves");
  static final Spec EXACT_COUNTING =
      atMost("exact (BigInteger) ÷ long counting, DAG with counts below 2⁶³",
          "ExactCountingBenchmark", "exactCounting", "longCounting", 1.5,
          "exactness should cost little while the counts are small");
  static final Spec HIPPARCHUS =
      new Spec(
          "Hipparchus Gradient ÷ pathsum reverse gradient",
          "PeerBenchmark",
          "hipparchusGradient",
          "pathsumReverse",
          Figures::peer);

  /** Bytes per edge of the compiled DAG's structure, measured with JOL (not a JMH figure). */
  static final Spec BYTES_PER_EDGE =
      atMost("bytes per edge of the compiled DAG (JOL)", "FootprintMain", "compiledDagBytes",
          "edges", 16, "memory-bandwidth floor");

  /** Every ratio of the report, in the order of its table. */
  static final List<Spec> ALL =
      List.of(
          REAL_FORWARD,
          REAL_BACKWARD,
          GUARDED_FORWARD,
          GUARDED_BACKWARD,
          FRONT_DOOR_FORWARD,
          FRONT_DOOR_BACKWARD,
          Spec.info(
              "guarded forward sweep over the front door's compiled layout ÷ raw loop allocating",
              "RealSweepBenchmark",
              "guardedForwardCompilerLayout",
              "rawLoopForwardAllocating"),
          Spec.info(
              "generic kernel, megamorphic ÷ specialized real kernel",
              "RealSweepBenchmark",
              "genericKernelMegamorphic",
              "compiledForward"),
          Spec.info(
              "boxed generic sweep ÷ primitive sweep",
              "BoxedSweepBenchmark",
              "boxedForward",
              "primitiveForward"),
          DIJKSTRA_DAG,
          Spec.info(
              "JGraphT IntVertexDijkstra ÷ compiled tropical sweep",
              "TropicalBenchmark",
              "intVertexDijkstra",
              "compiledSweep"),
          Spec.info(
              "JGraphT Dijkstra ÷ (compile from JGraphT + sweep)",
              "TropicalBenchmark",
              "dijkstra",
              "compileThenSweep"),
          atMost("front door solveFrom ÷ direct sweep, tropical DAG, both allocating",
              "TropicalBenchmark", "frontDoorSolveFrom", "compiledSweepAllocating", 1.2,
              "one lookup and one result object more"),
          Spec.info(
              "JGraphT Bellman–Ford ÷ compiled tropical sweep",
              "BellmanFordBenchmark",
              "bellmanFord",
              "compiledSweep"),
          DIJKSTRA_CYCLIC,
          DIJKSTRA_FRONT_DOOR,
          Spec.info(
              "JGraphT Bellman–Ford ÷ pathsum Bellman–Ford, graph with cycles",
              "CyclicSolverBenchmark",
              "jgraphtBellmanFord",
              "pathsumBellmanFord"),
          REAL_SERIES,
          REAL_SERIES_FRONT_DOOR,
          MAX_PLUS_REFUSAL,
          TROPICAL_REFUSAL_FRONT_DOOR,
          GRADIENT_OVER_VALUES,
          SCALAR_TAPE_ROSENBROCK,
          VALUES_OVER_HAND,
          Spec.info(
              "pathsum gradient ÷ hand-written evaluation",
              "GradientBenchmark",
              "pathsumGradient",
              "handEvaluation"),
          ARRAY_GRADIENT_OVER_HAND,
          ARRAY_ROSENBROCK_OVER_HAND,
          Spec.info(
              "array-node values pass ÷ hand-written evaluation, Rosenbrock by size",
              "ArrayNodeBenchmark",
              "arrayEvaluate",
              "handEvaluation"),
          Spec.info(
              "pathsum gradient ÷ labelAt (values and local partials)",
              "GradientBenchmark",
              "pathsumGradient",
              "label"),
          Spec.info(
              "pathsum reverse sweep alone ÷ hand-written evaluation",
              "GradientBenchmark",
              "reverseSweep",
              "handEvaluation"),
          Spec.info(
              "hand-written gradient ÷ hand-written evaluation (the floor)",
              "GradientBenchmark",
              "handGradient",
              "handEvaluation"),
          new Spec(
              "reverse ÷ forward Jacobian time",
              "JacobianBenchmark",
              "reverseJacobian",
              "forwardJacobian",
              Figures::reverseOverForward,
              p ->
                  String.format(
                      Locale.ROOT,
                      "ideal m/n = %.4g",
                      Double.parseDouble(p.getOrDefault("m", "NaN"))
                          / Double.parseDouble(p.getOrDefault("n", "NaN")))),
          MARGINALS,
          K_BEST,
          EXACT_COUNTING,
          HIPPARCHUS,
          Spec.info(
              "Hipparchus DerivativeStructure ÷ pathsum reverse gradient",
              "PeerBenchmark",
              "hipparchusDerivativeStructure",
              "pathsumReverse"),
          Spec.info(
              "pathsum dual numbers (n passes) ÷ pathsum reverse gradient",
              "PeerBenchmark",
              "pathsumDual",
              "pathsumReverse"),
          Spec.info(
              "pathsum reverse gradient ÷ hand-written gradient",
              "PeerBenchmark",
              "pathsumReverse",
              "handGradient"),
          Spec.info(
              "Heros IFDSSolver ÷ pathsum post* (whole jar, same supergraph)",
              "InterproceduralJarBenchmark",
              "heros",
              "wpds"));

  /**
   * The JMH ratios {@link RegressionCheck} gates on, where they have a target. Rosenbrock's gradient
   * is held to the scalar tape's bound (its cheap-gradient target of 2.5 is not met by a scalar
   * tape, see the report), the network loss's to 2.5.
   */
  static final List<Spec> HEADLINE =
      List.of(
          REAL_FORWARD,
          REAL_BACKWARD,
          GUARDED_FORWARD,
          GUARDED_BACKWARD,
          FRONT_DOOR_FORWARD,
          FRONT_DOOR_BACKWARD,
          DIJKSTRA_DAG,
          DIJKSTRA_CYCLIC,
          DIJKSTRA_FRONT_DOOR,
          REAL_SERIES,
          REAL_SERIES_FRONT_DOOR,
          MAX_PLUS_REFUSAL,
          TROPICAL_REFUSAL_FRONT_DOOR,
          GRADIENT_OVER_VALUES.where("function", "mlp"),
          SCALAR_TAPE_ROSENBROCK,
          VALUES_OVER_HAND,
          ARRAY_GRADIENT_OVER_HAND,
          ARRAY_ROSENBROCK_OVER_HAND.where("n", "100000"),
          MARGINALS,
          K_BEST,
          EXACT_COUNTING,
          HIPPARCHUS);
}
