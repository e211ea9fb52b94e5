package org.pathsum.benchmarks.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathsum.benchmarks.report.Ratio.Spec;
import org.pathsum.benchmarks.report.Ratio.Target;

/** The ratios the report forms, with DESIGN.md §5's targets attached where it sets them. */
final class Figures {

  private Figures() {}

  private static Optional<Target> atEdges(Map<String, String> p, String edges, Target t) {
    return edges.equals(p.get("edges")) ? Optional.of(t) : Optional.empty();
  }

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
        return Optional.of(Target.atLeast(25));
      case "1000":
        return Optional.of(Target.atLeast(150));
      default:
        return Optional.empty();
    }
  }

  static final List<Spec> ALL =
      List.of(
          new Spec(
              "compiled real forward sweep ÷ raw loop",
              "RealSweepBenchmark",
              "compiledForward",
              "rawLoopForward",
              p -> Optional.of(Target.atMost(1.5))),
          new Spec(
              "compiled real backward sweep ÷ raw loop",
              "RealSweepBenchmark",
              "compiledBackward",
              "rawLoopBackward",
              p -> Optional.of(Target.atMost(1.5))),
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
          new Spec(
              "JGraphT Dijkstra ÷ compiled tropical sweep",
              "TropicalBenchmark",
              "dijkstra",
              "compiledSweep",
              p -> atEdges(p, "5000000", Target.atLeast(5))),
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
          Spec.info(
              "JGraphT Bellman–Ford ÷ compiled tropical sweep",
              "BellmanFordBenchmark",
              "bellmanFord",
              "compiledSweep"),
          new Spec(
              "pathsum gradient ÷ hand-written evaluation",
              "GradientBenchmark",
              "pathsumGradient",
              "handEvaluation",
              p -> Optional.of(Target.atMost(4))),
          new Spec(
              "pathsum gradient ÷ evaluating the compiled graph (values only)",
              "GradientBenchmark",
              "pathsumGradient",
              "evaluateGraph",
              p -> Optional.of(Target.atMost(2.5))),
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
                      java.util.Locale.ROOT,
                      "ideal m/n = %.4g",
                      Double.parseDouble(p.getOrDefault("m", "NaN"))
                          / Double.parseDouble(p.getOrDefault("n", "NaN")))),
          new Spec(
              "Hipparchus Gradient ÷ pathsum reverse gradient",
              "PeerBenchmark",
              "hipparchusGradient",
              "pathsumReverse",
              Figures::peer),
          new Spec(
              "Hipparchus DerivativeStructure ÷ pathsum reverse gradient",
              "PeerBenchmark",
              "hipparchusDerivativeStructure",
              "pathsumReverse",
              Figures::peer),
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
}
