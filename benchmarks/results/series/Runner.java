import org.pathsum.benchmarks.paths.RandomCyclicGraph;
import org.pathsum.solver.cyclic.*;
public class Runner {
  final int n; final RandomCyclicGraph.Csr in, out; final double[] b, x; final boolean log; final String mode; double last;
  public Runner(int edges, boolean log, String mode) {
    RandomCyclicGraph g = RandomCyclicGraph.generate(edges, 42);
    double[] w = g.uniformWeights(-0.2, 0.2, 13);
    if (log) for (int k = 0; k < w.length; k++) w[k] = Math.log(Math.abs(w[k]));
    in = g.csr(false, w); out = g.csr(true, w); n = g.vertexCount; this.log = log; this.mode = mode;
    b = new double[n]; if (log) java.util.Arrays.fill(b, Double.NEGATIVE_INFINITY); b[0] = log ? 0 : 1; x = new double[n];
  }
  public void run() {
    if (mode.equals("of")) {
      SeriesComponentSolver.of(n, in.offsets, in.targets, in.weights, log, 64, 500).solve(b, x);
    } else if (mode.equals("once")) {
      SeriesComponentSolver.certifyAndSolve(n, in.offsets, in.targets, in.weights, log, 64, 500, b, x);
    } else if (mode.equals("onceEdges")) {
      SeriesComponentSolver.certifyAndSolveEdges(n, out.offsets, out.targets, out.weights, log, 64, 500, b, x);
    } else {
      SeriesComponentSolver.ofEdges(n, out.offsets, out.targets, out.weights, log, 64, 500).solve(b, x);
    }
    last = x[n - 1];
  }
  public String toString() { return "x[n-1]=" + last; }
}
