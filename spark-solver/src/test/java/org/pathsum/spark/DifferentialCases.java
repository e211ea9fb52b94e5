package org.pathsum.spark;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Seeded random edge-list files and {@code paths} command lines for the differential test of
 * {@code pathsum paths} against {@code pathsum-spark paths}: a small random multigraph (a DAG, or a
 * graph with cycles, self-loops and parallel edges, weights whose sums are defined), with names
 * that test the text table (wide CJK names, names past 48 columns, combining marks, quoted names
 * with spaces and quotes), and optionally one planted refusal. A planted structure lies between the
 * query's source S (the file's first vertex) and its target T (a vertex S reaches), so that it
 * matters to {@code --source S}, {@code --target T} and the pair; or, {@linkplain Plant#offPath()
 * off the path}, it hangs off S without reaching T, so that only {@code --source S} meets it.
 */
final class DifferentialCases {

  private DifferentialCases() {}

  /** Which query a case asks. */
  enum Query {
    SOURCE,
    TARGET,
    PAIR
  }

  /** What the in-memory side must do, so that agreement is never agreement on nothing. */
  enum Outcome {
    ANSWER,
    OVERFLOW,
    UNDERFLOW,
    IMPROVING_CYCLE,
    DIVERGENT,
    INFINITE_PATHS,
    NOT_A_VERTEX,
    BAD_WEIGHT
  }

  /** A structure planted in a random graph. */
  enum Plant {
    NONE(Outcome.ANSWER),
    OVERFLOW(Outcome.OVERFLOW),
    UNDERFLOW(Outcome.UNDERFLOW),
    IMPROVING_CYCLE(Outcome.IMPROVING_CYCLE),
    DIVERGENT(Outcome.DIVERGENT),
    COUNTED_CYCLE(Outcome.INFINITE_PATHS),
    /** An overflow on a branch from S that does not reach T: the pair and T's query answer. */
    OVERFLOW_OFF_PATH(Outcome.OVERFLOW),
    /** An improving or divergent cycle (by semiring) off the S→T paths. */
    CYCLE_OFF_PATH(null),
    BAD_WEIGHT(Outcome.BAD_WEIGHT),
    UNKNOWN_VERTEX(Outcome.NOT_A_VERTEX);

    final Outcome outcome;

    Plant(Outcome outcome) {
      this.outcome = outcome;
    }

    boolean offPath() {
      return this == OVERFLOW_OFF_PATH || this == CYCLE_OFF_PATH;
    }
  }

  /**
   * One command: the file's text, its edges (from, to, weight as written) and the arguments after
   * {@code paths --graph FILE}.
   *
   * @param expected what the in-memory side must print: an answer or this refusal
   */
  record Case(
      String title,
      String semiring,
      String text,
      List<String[]> edges,
      List<String> args,
      Outcome expected) {
    @Override
    public String toString() {
      return title;
    }
  }

  /**
   * The case of {@code seed}: a random graph for {@code semiring}, {@code plant} in it, asked
   * {@code query}, as text or JSON.
   */
  static Case of(
      String semiring, long seed, boolean dag, Plant plant, Query query, boolean json,
      boolean unweighted) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Weights w = Weights.of(semiring, dag);
    int n = 4 + rnd.nextInt(3);
    List<String> names = names(rnd, n);
    List<String[]> edges = new ArrayList<>();
    String first;
    do {
      first = w.safe.apply(rnd);
    } while (w.isZero(first));
    edges.add(new String[] {names.get(0), names.get(1), first}); // S reaches another vertex
    for (int u = 0; u < n; u++) {
      int out = rnd.nextInt(4);
      for (int k = 0; k < out; k++) {
        int v = dag ? u + 1 + rnd.nextInt(3) : rnd.nextInt(n);
        if (v < n) {
          edges.add(new String[] {names.get(u), names.get(v), w.safe.apply(rnd)});
        }
      }
    }
    String s = names.get(0);
    String t = farthest(edges, s, w);
    plant(plant, semiring, rnd, edges, s, t, w);
    StringBuilder text = new StringBuilder("# seed ").append(seed).append('\n');
    for (String[] e : edges) {
      text.append(quoted(e[0])).append(' ').append(quoted(e[1]));
      if (!unweighted) {
        text.append(' ').append(e[2]);
      }
      text.append('\n');
    }
    if (rnd.nextInt(3) == 0) {
      text.append("lonely\n"); // a vertex declared alone on its line
    }
    List<String> args = new ArrayList<>(List.of("--semiring", semiring));
    String source = plant == Plant.UNKNOWN_VERTEX ? "nowhere" : s;
    switch (query) {
      case SOURCE -> args.addAll(List.of("--source", source));
      case TARGET -> args.addAll(List.of("--target", plant == Plant.UNKNOWN_VERTEX ? source : t));
      case PAIR -> args.addAll(List.of("--source", source, "--target", t));
    }
    if (json) {
      args.add("--json");
    }
    if (unweighted) {
      args.add("--unweighted");
    }
    Outcome expected = plant.outcome;
    if (plant == Plant.CYCLE_OFF_PATH) {
      expected = w.offPathCycle;
    }
    if (plant.offPath() && query != Query.SOURCE) {
      expected = Outcome.ANSWER; // T's paths and the S→T paths do not meet it
    }
    if (query == Query.TARGET && w.escapesToZero(plant)) {
      // Asked backward, the planted term is lost only at S, which reaches T another way too: a
      // lost term beside a better one changes nothing, and the sums are answered.
      expected = Outcome.ANSWER;
    }
    String title =
        String.format(
            "%s %s %s %s%s%s seed=%d", semiring, dag ? "dag" : "cyclic", plant, query,
            json ? " --json" : "", unweighted ? " --unweighted" : "", seed);
    return new Case(title, semiring, text.toString(), List.copyOf(edges), List.copyOf(args), expected);
  }

  /**
   * Seeded random weights of {@code semiring} whose sums are defined (on a graph with cycles: no
   * improving cycle, ρ(|A|) &lt; 1), as the values {@code pathsum-spark} reads them ({@code Double},
   * {@code Long} or {@code Boolean}); 0̄ among them now and then.
   */
  static Function<SplittableRandom, Object> weightValues(String semiring, boolean dag) {
    EdgeListLine reader = new EdgeListLine(semiring, false);
    Function<SplittableRandom, String> text = Weights.of(semiring, dag).safe();
    return r -> reader.weight(text.apply(r));
  }

  /** The weights of one semiring: safe ones, and the planted extremes, as written in a file. */
  record Weights(
      String semiring,
      Function<SplittableRandom, String> safe,
      String big,
      String tiny,
      String one,
      String[] improvingCycle,
      String[] divergentLoops,
      String bad,
      Outcome offPathCycle) {

    static Weights of(String semiring, boolean dag) {
      switch (semiring) {
        case "tropical":
          // on a graph with cycles, reduced costs c + p(v) − p(u) ≥ 0 would need the vertices; a
          // non-negative weight keeps every cycle from improving, a DAG takes negative ones too
          return new Weights(
              semiring,
              r -> r.nextInt(12) == 0 ? "inf" : Integer.toString(dag ? r.nextInt(-5, 10) : r.nextInt(10)),
              "1e308", null, "0", new String[] {"1", "-3"}, null, "x", Outcome.IMPROVING_CYCLE);
        case "max-plus":
          return new Weights(
              semiring,
              r -> r.nextInt(12) == 0 ? "-inf" : Integer.toString(dag ? r.nextInt(-9, 6) : -r.nextInt(10)),
              "-1e308", null, "0", new String[] {"-1", "3"}, null, "inf", Outcome.IMPROVING_CYCLE);
        case "real":
          return new Weights(
              semiring,
              r -> dag ? Double.toString(r.nextInt(-6, 7) / 4.0) : Double.toString(r.nextInt(-9, 10) / 64.0),
              "1e308", "1e-200", "1", null, new String[] {"-0.9", "0.3"}, "inf", Outcome.DIVERGENT);
        case "log":
          return new Weights(
              semiring,
              r -> r.nextInt(15) == 0 ? "-inf"
                  : Double.toString(dag ? r.nextInt(-8, 5) / 4.0 : -2 - r.nextInt(9) / 4.0),
              "1e308", null, "0", null, new String[] {"0.2", "-0.5"}, "inf", Outcome.DIVERGENT);
        case "counting":
          return new Weights(
              semiring,
              r -> Integer.toString(r.nextInt(4)),
              "4611686018427387904", null, "1", null, null, "0.5", Outcome.INFINITE_PATHS);
        case "viterbi":
          return new Weights(
              semiring,
              r -> Double.toString(r.nextInt(9) / 8.0),
              null, "1e-200", "1", null, null, "2", null);
        case "boolean":
          return new Weights(
              semiring,
              r -> r.nextInt(4) == 0 ? "false" : r.nextBoolean() ? "true" : "1",
              null, null, "true", null, null, "maybe", null);
        case "bottleneck":
          return new Weights(
              semiring,
              r -> r.nextInt(10) == 0 ? (r.nextBoolean() ? "inf" : "-inf")
                  : Integer.toString(r.nextInt(-5, 10)),
              null, null, "inf", null, null, "nan", null);
        default:
          throw new IllegalArgumentException(semiring);
      }
    }

    /**
     * Whether the planted chain's product leaves the carrier by landing on 0̄ (a lost term, refused
     * only where it leaves a vertex at 0̄) rather than outside it (refused wherever it arrives).
     */
    boolean escapesToZero(Plant plant) {
      return switch (plant) {
        case OVERFLOW, OVERFLOW_OFF_PATH ->
            semiring.equals("tropical") || semiring.equals("max-plus");
        case UNDERFLOW -> semiring.equals("real") || semiring.equals("viterbi");
        default -> false;
      };
    }

    /** Whether {@code text} is the semiring's 0̄, an edge that is no path. */
    boolean isZero(String text) {
      return switch (semiring) {
        case "tropical" -> text.equals("inf");
        case "max-plus", "log", "bottleneck" -> text.equals("-inf");
        case "real", "viterbi" -> Double.parseDouble(text) == 0;
        case "counting" -> text.equals("0");
        case "boolean" -> text.equals("false") || text.equals("0");
        default -> false;
      };
    }
  }

  private static void plant(
      Plant plant, String semiring, SplittableRandom rnd, List<String[]> edges, String s, String t,
      Weights w) {
    String end = plant.offPath() ? "p-end" : t;
    switch (plant) {
      case NONE, UNKNOWN_VERTEX -> { }
      case OVERFLOW, OVERFLOW_OFF_PATH -> chain(edges, s, end, w.big, w.one);
      case UNDERFLOW -> chain(edges, s, end, w.tiny, w.one);
      case IMPROVING_CYCLE -> cycle(edges, s, end, w.one, w.improvingCycle, rnd);
      case DIVERGENT -> loops(edges, s, end, w.one, w.divergentLoops);
      case COUNTED_CYCLE -> cycle(edges, s, end, w.one, new String[] {"1", "2"}, rnd);
      case CYCLE_OFF_PATH -> {
        if (w.improvingCycle != null) {
          cycle(edges, s, end, w.one, w.improvingCycle, rnd);
        } else if (w.divergentLoops != null) {
          loops(edges, s, end, w.one, w.divergentLoops);
        } else {
          cycle(edges, s, end, w.one, new String[] {"1", "2"}, rnd);
        }
      }
      case BAD_WEIGHT -> edges.get(rnd.nextInt(edges.size()))[2] = w.bad;
    }
  }

  /** S → p1 → p2 → end, weighing {@code extreme}, {@code extreme}, 1̄: the second term escapes. */
  private static void chain(List<String[]> edges, String s, String end, String extreme, String one) {
    edges.add(new String[] {s, "p1", extreme});
    edges.add(new String[] {"p1", "p2", extreme});
    edges.add(new String[] {"p2", end, one});
  }

  /**
   * S → c1, a cycle c1 → c2 → … → c1 of one to three edges, all weighing {@code weights[0]} but the
   * closing one, {@code weights[1]} (sometimes twice, in parallel), and c1 → end.
   */
  private static void cycle(
      List<String[]> edges, String s, String end, String one, String[] weights, SplittableRandom r) {
    int length = 1 + r.nextInt(3);
    edges.add(new String[] {s, "c1", one});
    for (int i = 1; i < length; i++) {
      edges.add(new String[] {"c" + i, "c" + (i + 1), weights[0]});
    }
    edges.add(new String[] {"c" + length, "c1", weights[1]});
    if (r.nextBoolean()) {
      edges.add(new String[] {"c" + length, "c1", weights[1]});
    }
    edges.add(new String[] {"c1", end, one});
  }

  /** S → d, self-loops on d weighing {@code loops} (together divergent), d → end. */
  private static void loops(List<String[]> edges, String s, String end, String one, String[] loops) {
    edges.add(new String[] {s, "d", one});
    for (String l : loops) {
      edges.add(new String[] {"d", "d", l});
    }
    edges.add(new String[] {"d", end, one});
  }

  /** The vertex S reaches last in breadth-first order over edges that are not 0̄. */
  private static String farthest(List<String[]> edges, String s, Weights w) {
    Set<String> seen = new LinkedHashSet<>(List.of(s));
    Deque<String> queue = new ArrayDeque<>(List.of(s));
    String last = s;
    while (!queue.isEmpty()) {
      String u = queue.poll();
      last = u;
      for (String[] e : edges) {
        if (e[0].equals(u) && !w.isZero(e[2]) && seen.add(e[1])) {
          queue.add(e[1]);
        }
      }
    }
    return last;
  }

  /** {@code n} names: mostly short, some wide, long, combining, or needing quotes. */
  private static List<String> names(SplittableRandom rnd, int n) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String name =
          switch (rnd.nextInt(9)) {
            case 0 -> "東京" + i;
            case 1 -> "vertex-with-a-name-far-longer-than-forty-eight-columns-" + i;
            case 2 -> "e\u0301" + i;
            case 3 -> "New York " + i;
            case 4 -> "say \"" + i + "\"";
            case 5 -> "名前がとても長い頂点の名前はここで切られるはずです" + i;
            default -> "v" + i;
          };
      names.add(name);
    }
    return names;
  }

  /** {@code name} as written in an edge list: in double quotes if it has spaces or quotes. */
  static String quoted(String name) {
    if (name.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\\')) {
      return name;
    }
    return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
