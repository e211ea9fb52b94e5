package org.pathsum.wpds;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.pathsum.semiring.Semiring;
import org.pathsum.wpds.WeightedPushdownSystem.Rule;

/**
 * Test oracle: the values from one configuration to every configuration whose stack never grows
 * beyond {@code maxStack}, by explicit search over configurations — Dijkstra for the tropical
 * semiring, a chaotic worklist otherwise. Ignores return transformers.
 */
final class BoundedConfigurationSearch {

  private BoundedConfigurationSearch() {}

  static <W> Map<Configuration, W> from(
      WeightedPushdownSystem<W> pds, Configuration start, int maxStack) {
    Semiring<W> s = pds.semiring();
    Map<Configuration, W> value = new HashMap<>();
    value.put(start, s.one());
    ArrayDeque<Configuration> work = new ArrayDeque<>();
    work.add(start);
    while (!work.isEmpty()) {
      Configuration c = work.poll();
      W w = value.get(c);
      for (Configuration[] step : successors(pds, c, maxStack)) {
        Rule<W> r = pds.rules().get(Integer.parseInt(step[1].state()));
        W nw = s.times(w, r.weight());
        W old = value.get(step[0]);
        W now = old == null ? nw : s.plus(old, nw);
        if (old == null || !s.equivalent(old, now)) {
          value.put(step[0], now);
          work.add(step[0]);
        }
      }
    }
    return value;
  }

  /** Dijkstra over configurations, tropical weights ≥ 0. */
  static Map<Configuration, Double> dijkstra(
      WeightedPushdownSystem<Double> pds, Configuration start, int maxStack) {
    Map<Configuration, Double> dist = new HashMap<>();
    PriorityQueue<Object[]> pq =
        new PriorityQueue<>(Comparator.comparingDouble(o -> (Double) o[1]));
    pq.add(new Object[] {start, 0.0});
    while (!pq.isEmpty()) {
      Object[] top = pq.poll();
      Configuration c = (Configuration) top[0];
      double d = (Double) top[1];
      if (dist.containsKey(c)) {
        continue;
      }
      dist.put(c, d);
      for (Configuration[] step : successors(pds, c, maxStack)) {
        if (!dist.containsKey(step[0])) {
          Rule<Double> r = pds.rules().get(Integer.parseInt(step[1].state()));
          pq.add(new Object[] {step[0], d + r.weight()});
        }
      }
    }
    return dist;
  }

  /** {successor, <ruleIndex>} pairs. */
  private static <W> List<Configuration[]> successors(
      WeightedPushdownSystem<W> pds, Configuration c, int maxStack) {
    List<Configuration[]> out = new ArrayList<>();
    if (c.stack().isEmpty()) {
      return out;
    }
    for (Rule<W> r : pds.rules()) {
      if (r.fromState().equals(c.state()) && r.fromSymbol().equals(c.stack().get(0))) {
        Configuration next = c.apply(r);
        if (next.stack().size() <= maxStack) {
          out.add(new Configuration[] {next, Configuration.of(Integer.toString(r.index()))});
        }
      }
    }
    return out;
  }
}
