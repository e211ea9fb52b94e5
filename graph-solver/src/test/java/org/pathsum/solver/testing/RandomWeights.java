package org.pathsum.solver.testing;

import java.util.BitSet;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.pathsum.semiring.GenKill;
import org.pathsum.semiring.Pair;
import org.pathsum.semiring.SymbolicSum;

/** Random members of the shipped semirings' carriers, including their zero now and then. */
public final class RandomWeights {

  private RandomWeights() {}

  public static Function<SplittableRandom, Double> real() {
    return rnd -> rnd.nextDouble(-2, 2);
  }

  public static Function<SplittableRandom, Boolean> booleans() {
    return rnd -> rnd.nextInt(4) != 0;
  }

  public static Function<SplittableRandom, Double> tropical() {
    return rnd -> rnd.nextInt(10) == 0 ? Double.POSITIVE_INFINITY : rnd.nextDouble(-5, 10);
  }

  public static Function<SplittableRandom, Double> maxPlus() {
    return rnd -> rnd.nextInt(10) == 0 ? Double.NEGATIVE_INFINITY : rnd.nextDouble(-5, 10);
  }

  public static Function<SplittableRandom, Long> counting() {
    return rnd -> rnd.nextLong(0, 4);
  }

  public static Function<SplittableRandom, Double> bottleneck() {
    return rnd -> {
      int k = rnd.nextInt(12);
      return k == 0
          ? Double.NEGATIVE_INFINITY
          : k == 1 ? Double.POSITIVE_INFINITY : rnd.nextDouble(-10, 10);
    };
  }

  public static Function<SplittableRandom, Double> viterbi() {
    return rnd -> rnd.nextInt(10) == 0 ? 1.0 : rnd.nextDouble();
  }

  public static Function<SplittableRandom, Double> log() {
    return rnd -> rnd.nextInt(10) == 0 ? Double.NEGATIVE_INFINITY : rnd.nextDouble(-3, 2);
  }

  /** Gen/kill functions over bits {@code 0..width-1}, and the formal zero now and then. */
  public static Function<SplittableRandom, GenKill> genKill(int width) {
    return rnd -> {
      if (rnd.nextInt(15) == 0) {
        return GenKill.zero();
      }
      BitSet gen = new BitSet();
      BitSet kill = new BitSet();
      for (int b = 0; b < width; b++) {
        int k = rnd.nextInt(4);
        if (k == 0) {
          gen.set(b);
        } else if (k == 1) {
          kill.set(b);
        }
      }
      return GenKill.of(gen, kill);
    };
  }

  /** One atom out of three, so that different paths share words and multiplicities matter. */
  public static Function<SplittableRandom, SymbolicSum> symbolic() {
    return rnd -> SymbolicSum.atom(String.valueOf("abc".charAt(rnd.nextInt(3))));
  }

  /** (integer distance, count): integers keep tropical ties exact, as lexicographic needs. */
  public static Function<SplittableRandom, Pair<Double, Long>> shortestWithCount() {
    return rnd -> Pair.of((double) rnd.nextInt(4), rnd.nextLong(1, 3));
  }

  public static Function<SplittableRandom, Pair<Double, Long>> realAndCount() {
    return rnd -> Pair.of(rnd.nextDouble(-2, 2), rnd.nextLong(0, 3));
  }
}
