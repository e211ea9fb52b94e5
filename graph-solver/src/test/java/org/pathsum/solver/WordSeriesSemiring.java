package org.pathsum.solver;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.SemiringProperty;

/**
 * A test semiring that is exact and not commutative: finite formal sums of words with natural
 * coefficients (the free semiring ℕ⟨Σ*⟩). ⊕ adds coefficients, ⊗ concatenates every pair of words
 * and multiplies coefficients, 0̄ is the empty sum and 1̄ the empty word. Labeling every edge with its
 * own letter makes a path sum the exact multiset of paths, in path order.
 */
final class WordSeriesSemiring implements Semiring<Map<String, Long>> {

  static final WordSeriesSemiring INSTANCE = new WordSeriesSemiring();

  private WordSeriesSemiring() {}

  /** The sum consisting of {@code word} once. */
  static Map<String, Long> word(String word) {
    return ImmutableSortedMap.of(word, 1L);
  }

  @Override
  public Map<String, Long> zero() {
    return ImmutableSortedMap.of();
  }

  @Override
  public Map<String, Long> one() {
    return word("");
  }

  @Override
  public Map<String, Long> plus(Map<String, Long> a, Map<String, Long> b) {
    TreeMap<String, Long> sum = new TreeMap<>(a);
    b.forEach((w, c) -> sum.merge(w, c, Math::addExact));
    return ImmutableSortedMap.copyOfSorted(sum);
  }

  @Override
  public Map<String, Long> times(Map<String, Long> a, Map<String, Long> b) {
    TreeMap<String, Long> product = new TreeMap<>();
    for (Map.Entry<String, Long> u : a.entrySet()) {
      for (Map.Entry<String, Long> v : b.entrySet()) {
        long c = Math.multiplyExact(u.getValue(), v.getValue());
        product.merge(u.getKey() + v.getKey(), c, Math::addExact);
      }
    }
    return ImmutableSortedMap.copyOfSorted(product);
  }

  @Override
  public Set<SemiringProperty> properties() {
    return Set.of();
  }

  @Override
  public String name() {
    return "word-series";
  }
}
