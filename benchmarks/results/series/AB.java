import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.*;

/** Interleaved A/B: args edges reps log(0/1) then label=classpath(colon-separated) ... ; times factory+solve of each. */
public class AB {
  public static void main(String[] a) throws Exception {
    int edges = Integer.parseInt(a[0]); int reps = Integer.parseInt(a[1]); boolean log = a[2].equals("1");
    String mode = a[3]; // "of" = real(of)+solve ; "edges" = ofEdges from out CSR + solve; "once" = solveOnce if exists
    int nv = a.length - 4;
    String[] labels = new String[nv]; Method[] runs = new Method[nv]; Object[] states = new Object[nv];
    for (int v = 0; v < nv; v++) {
      String[] lc = a[4 + v].split("=", 3); labels[v] = lc[0];
      String vmode = lc[1]; String[] parts = lc[2].split(":");
      URL[] urls = new URL[parts.length + 1];
      for (int i = 0; i < parts.length; i++) urls[i] = Path.of(parts[i]).toUri().toURL();
      urls[parts.length] = Path.of("/tmp/series/probe/").toUri().toURL();
      ClassLoader cl = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
      Class<?> r = cl.loadClass("Runner");
      states[v] = r.getConstructor(int.class, boolean.class, String.class).newInstance(edges, log, vmode);
      runs[v] = r.getMethod("run");
    }
    long[][] t = new long[nv][reps]; long[][] cpu = new long[nv][reps]; java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int rep = 0; rep < reps; rep++) {
      for (int v = 0; v < nv; v++) {
        long c0 = mx.getCurrentThreadCpuTime(); long t0 = System.nanoTime(); runs[v].invoke(states[v]); t[v][rep] = System.nanoTime() - t0; cpu[v][rep] = mx.getCurrentThreadCpuTime() - c0;
      }
    }
    for (int v = 0; v < nv; v++) {
      long[] s = t[v].clone(); Arrays.sort(s);
      int skip = Math.min(3, reps / 3);
      long[] m = Arrays.copyOfRange(t[v], skip, reps); Arrays.sort(m);
      long[] c = Arrays.copyOfRange(cpu[v], skip, reps); Arrays.sort(c);
      System.out.printf("%-10s wall min %.1f median %.1f ms; thread CPU min %.1f median %.1f ms (%d reps after %d warm-up)  %s%n", labels[v], m[0]/1e6, m[m.length/2]/1e6, c[0]/1e6, c[c.length/2]/1e6, m.length, skip, states[v]);
    }
  }
}
