package org.pathsum.semiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Verifies the gen/kill closed forms against the definitions, by applying the functions to every
 * subset of a small universe.
 */
class GenKillTest {

  private static final int WIDTH = 3;
  private static final Semiring<GenKill> UNION = Semirings.genKillUnion(WIDTH);
  private static final Semiring<GenKill> INTERSECTION = Semirings.genKillIntersection(WIDTH);

  private static List<BitSet> allSubsets() {
    List<BitSet> subsets = new ArrayList<>();
    for (int mask = 0; mask < (1 << WIDTH); mask++) {
      subsets.add(BitSet.valueOf(new long[] {mask}));
    }
    return subsets;
  }

  private static BitSet union(BitSet a, BitSet b) {
    BitSet r = (BitSet) a.clone();
    r.or(b);
    return r;
  }

  private static BitSet intersection(BitSet a, BitSet b) {
    BitSet r = (BitSet) a.clone();
    r.and(b);
    return r;
  }

  @Test
  void closedFormsAgreeWithPointwiseDefinitionsOnEverySubset() {
    List<GenKill> all = ShippedSemiringLawsTest.allFunctions(WIDTH);
    for (GenKill f : all) {
      for (GenKill g : all) {
        GenKill composed = UNION.times(f, g);
        assertEquals(composed, INTERSECTION.times(f, g), "⊗ does not depend on ⊕");
        GenKill joined = UNION.plus(f, g);
        GenKill met = INTERSECTION.plus(f, g);
        for (BitSet x : allSubsets()) {
          String where = f + ", " + g + " at " + x;
          assertEquals(g.apply(f.apply(x)), composed.apply(x), "f ⊗ g = g ∘ f: " + where);
          assertEquals(union(f.apply(x), g.apply(x)), joined.apply(x), "union: " + where);
          assertEquals(intersection(f.apply(x), g.apply(x)), met.apply(x), "meet: " + where);
        }
      }
    }
  }

  @Test
  void starIsTheLimitOfTheSeriesOnEverySubset() {
    for (GenKill f : ShippedSemiringLawsTest.allFunctions(WIDTH)) {
      GenKill unionStar = UNION.star(f);
      GenKill meetStar = INTERSECTION.star(f);
      for (BitSet x : allSubsets()) {
        // ⊕ over f⁰(x), f¹(x), … ; WIDTH + 1 powers are plenty for a finite lattice
        BitSet up = (BitSet) x.clone();
        BitSet down = (BitSet) x.clone();
        BitSet power = (BitSet) x.clone();
        for (int k = 1; k <= WIDTH + 1; k++) {
          power = f.apply(power);
          up.or(power);
          down.and(power);
        }
        assertEquals(up, unionStar.apply(x), f + " at " + x);
        assertEquals(down, meetStar.apply(x), f + " at " + x);
      }
    }
    assertEquals(GenKill.identity(), UNION.star(GenKill.zero()));
    assertEquals(GenKill.identity(), INTERSECTION.star(GenKill.zero()));
  }

  @Test
  void equalValuesAreExactlyEqualFunctions() {
    // every raw (gen, kill) pair, overlapping ones included: 4^WIDTH of them
    List<GenKill> raw = new ArrayList<>();
    for (int gen = 0; gen < (1 << WIDTH); gen++) {
      for (int kill = 0; kill < (1 << WIDTH); kill++) {
        raw.add(GenKill.of(BitSet.valueOf(new long[] {gen}), BitSet.valueOf(new long[] {kill})));
      }
    }
    for (GenKill f : raw) {
      assertFalse(f.gen().intersects(f.kill()), "canonical: " + f);
      for (GenKill g : raw) {
        boolean sameFunction = true;
        for (BitSet x : allSubsets()) {
          sameFunction &= f.apply(x).equals(g.apply(x));
        }
        assertEquals(sameFunction, f.equals(g), f + " vs " + g);
        if (sameFunction) {
          assertEquals(f.hashCode(), g.hashCode());
        }
      }
    }
  }

  @Test
  void zeroIsAFormalElementDistinctFromEveryFunction() {
    GenKill zero = GenKill.zero();
    assertTrue(zero.isZero());
    for (GenKill f : ShippedSemiringLawsTest.allFunctions(WIDTH)) {
      assertNotEquals(zero, f);
      assertFalse(f.isZero());
      assertSame(zero, UNION.times(zero, f));
      assertSame(zero, UNION.times(f, zero));
      assertEquals(f, UNION.plus(zero, f));
      assertEquals(f, INTERSECTION.plus(f, zero));
    }
    assertThrows(IllegalStateException.class, () -> zero.apply(new BitSet()));
    assertEquals(GenKill.identity(), GenKill.of(new BitSet(), new BitSet()));
  }

  @Test
  void valuesAreDefensivelyCopied() {
    BitSet gen = new BitSet();
    gen.set(1);
    BitSet kill = new BitSet();
    kill.set(2);
    GenKill f = GenKill.of(gen, kill);
    gen.set(0);
    kill.set(1);
    f.gen().set(5);
    f.kill().set(6);
    BitSet in = new BitSet();
    in.set(2);
    BitSet inCopy = (BitSet) in.clone();
    BitSet out = f.apply(in);
    out.set(7);
    assertEquals(inCopy, in);
    assertEquals(BitSet.valueOf(new long[] {0b10}), f.gen());
    assertEquals(BitSet.valueOf(new long[] {0b100}), f.kill());
    assertEquals(BitSet.valueOf(new long[] {0b10}), f.apply(inCopy));
  }

  @Test
  void membershipIsBoundedByTheWidth() {
    BitSet high = new BitSet();
    high.set(WIDTH);
    assertFalse(UNION.isMember(GenKill.of(high, new BitSet())));
    assertFalse(INTERSECTION.isMember(GenKill.of(new BitSet(), high)));
    assertTrue(UNION.isMember(GenKill.zero()));
    assertTrue(UNION.isMember(GenKill.identity()));
    assertThrows(IllegalArgumentException.class, () -> Semirings.genKillUnion(-1));
  }

  @Test
  void propertiesAndNames() {
    for (Semiring<GenKill> s : List.of(UNION, INTERSECTION)) {
      assertFalse(s.has(SemiringProperty.COMMUTATIVE_TIMES));
      assertFalse(s.has(SemiringProperty.BOUNDED));
      assertFalse(s.has(SemiringProperty.SELECTIVE_PLUS));
      assertTrue(s.has(SemiringProperty.IDEMPOTENT_PLUS));
      assertTrue(s.has(SemiringProperty.STAR));
    }
    assertEquals("gen-kill-union(3)", UNION.name());
    assertEquals("gen-kill-intersection(3)", INTERSECTION.name());
    assertNotEquals(UNION, INTERSECTION);
    assertEquals(UNION, Semirings.genKillUnion(WIDTH));
    assertEquals(UNION.hashCode(), Semirings.genKillUnion(WIDTH).hashCode());
    assertNotEquals(UNION, Semirings.genKillUnion(WIDTH + 1));
  }

  @Test
  void reversedIsATrueReversal() {
    long seed = 7L;
    SplittableRandom random = new SplittableRandom(seed);
    List<GenKill> all = ShippedSemiringLawsTest.allFunctions(WIDTH);
    Semiring<GenKill> reversed = UNION.reversed();
    assertNotEquals(UNION, reversed);
    assertEquals(UNION, reversed.reversed());
    for (int trial = 0; trial < 200; trial++) {
      // a path e1 … ek: forward left-to-right over UNION, backward right-to-left over reversed
      int length = random.nextInt(1, 6);
      List<GenKill> path = new ArrayList<>();
      for (int i = 0; i < length; i++) {
        path.add(all.get(random.nextInt(all.size())));
      }
      GenKill forward = UNION.one();
      for (GenKill w : path) {
        forward = UNION.times(forward, w);
      }
      GenKill backward = reversed.one();
      for (int i = length - 1; i >= 0; i--) {
        backward = reversed.times(backward, path.get(i));
      }
      assertEquals(forward, backward, "seed " + seed + ", path " + path);
      GenKill f = path.get(0);
      GenKill g = path.get(length - 1);
      assertEquals(UNION.times(g, f), reversed.times(f, g), "seed " + seed);
    }
  }
}
