package org.pathsum.ad;

// A throw-away probe kept beside its output (probe-cliff.txt). Compile and run against the
// benchmarks jar (it must sit in org.pathsum.ad to reach the package-private tape):
//   javac -d /tmp/probe -cp benchmarks/target/benchmarks.jar CompiledCliffProbe.java
//   java -cp /tmp/probe:benchmarks/target/benchmarks.jar org.pathsum.ad.CompiledCliffProbe 400 60
import java.lang.management.*;
import java.lang.reflect.*;
import java.util.*;
import org.pathsum.benchmarks.ad.*;
/** Gradient by the interpreter vs by TapeCompiler's code, for Rosenbrock of n inputs, size cap bypassed. */
public class CompiledCliffProbe {
  static ThreadMXBean T = ManagementFactory.getThreadMXBean();
  static Object f(Tape t, String name) throws Exception { Field x = Tape.class.getDeclaredField(name); x.setAccessible(true); return x.get(t); }
  public static void main(String[] a) throws Exception {
    int nn = Integer.parseInt(a[0]); int rounds = Integer.parseInt(a[1]);
    ComputationGraph g = Program.record(TestFunctions.ROSENBROCK, TestFunctions.names("x", nn), List.of("f"));
    double[] p = TestFunctions.point(nn, -2, 2, 17);
    Tape t = g.tape(); int target = g.outputNode(0); int ee = t.edgesBefore(target + 1);
    Tape.Compiled k = TapeCompiler.compile((byte[]) f(t, "code"), (int[]) f(t, "first"), (int[]) f(t, "second"), (Integer) f(t, "leafPrefix"), t.nodeCount(), target);
    Tape.Workspace ws = t.newWorkspace();
    double[] grad = new double[nn], ref = new double[nn];
    long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
    int reps = Math.max(1, 2_000_000 / t.nodeCount());
    for (int r = 0; r < rounds; r++) {
      for (int q = 0; q < 2; q++) {
        long t0 = T.getCurrentThreadCpuTime();
        for (int i = 0; i < reps; i++) {
          if (q == 0) { t.label(p, ws.values, ws.labels); t.reverse(target, ee, ws.values, ws.labels, ws.adjoints, ref); }
          else { t.label(p, ws.values, ws.labels, k); t.reverse(target, ws.values, ws.labels, ws.adjoints, grad, k); }
        }
        long t1 = T.getCurrentThreadCpuTime();
        if (r > rounds / 3) best[q] = Math.min(best[q], t1 - t0);
      }
    }
    if (!Arrays.equals(grad, ref)) throw new AssertionError();
    System.out.printf("n=%d nodes=%d interpreter %.3f us, compiled %.3f us, compiled/interpreter %.2f%n", nn, t.nodeCount(), best[0] / 1e3 / reps, best[1] / 1e3 / reps, (double) best[1] / best[0]);
  }
}
