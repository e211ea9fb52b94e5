package org.pathsum.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * Reads an automaton in the AT&amp;T / OpenFst text format ({@code fstcompile}'s input, {@code
 * fstprint}'s output) as a graph for {@code pathsum paths}.
 *
 * <p>One line per arc or final state, fields separated by spaces or tabs, blank lines skipped:
 *
 * <pre>
 *   src dst label [weight]            an arc of an acceptor
 *   src dst ilabel olabel [weight]    an arc of a transducer
 *   state [weight]                    a final state (weight 1̄ when absent)
 * </pre>
 *
 * A line of four fields is ambiguous: an acceptor's arc with a weight, or a transducer's arc
 * without one. {@link Kind} says which; {@link Kind#AUTO} decides from the file: a five-field arc
 * makes it a transducer, a three-field arc an acceptor (a file with both is refused at the first
 * line that contradicts the other), and a file whose arcs all have four fields is refused, naming
 * the first such line, unless its weights do not matter ({@code unweighted}).
 *
 * <p>States are non-negative decimal integers ({@code 007} is state 7, the vertex {@code 7});
 * labels are any field and play no part in a path sum. The state of the first line is the start
 * state, as in {@code fstcompile}. Each final state gets an edge, weighted by its final weight, to
 * one added vertex {@value #FINAL}, which no state can be, since states are numbers; a state
 * declared final twice keeps its last weight, as in {@code fstcompile}. So the path sums from the
 * start state to {@value #FINAL} are the automaton's total weight, and from S to every state what
 * {@code fstshortestdistance} prints.
 *
 * <p>Weights are kept as written; {@link WeightDomain#openFst} reads them in OpenFst's convention.
 * Every error names the input's line:column. Cost O(length of the text).
 */
final class AttFiles {

  /** The vertex every final state leads to. */
  static final String FINAL = "final";

  /** How a four-field arc line is read. */
  enum Kind {
    /** {@code src dst label [weight]}: four fields are an arc with a weight. */
    ACCEPTOR,
    /** {@code src dst ilabel olabel [weight]}: four fields are an arc without a weight. */
    TRANSDUCER,
    /** Decided by the file's three- and five-field arcs (see the class comment). */
    AUTO;

    /**
     * The kind named by {@code --att}.
     *
     * @throws InputException for another name, listing the valid ones
     */
    static Kind byName(String name) {
      return switch (name) {
        case "acceptor" -> ACCEPTOR;
        case "transducer" -> TRANSDUCER;
        case "auto" -> AUTO;
        default ->
            throw new InputException(
                "--att '" + name + "': choose acceptor, transducer or auto (the default)");
      };
    }
  }

  /**
   * An automaton read as a graph.
   *
   * @param graph the states, then {@value #FINAL}; the arcs in file order, then one edge per final
   *     state in the order the states were first declared final
   * @param start the start state; empty if the file has no lines
   */
  record Automaton(Graph<String, FileEdge> graph, Optional<String> start) {}

  private AttFiles() {}

  /** A field of a line: its text and its 1-based column. */
  private record Field(String text, int column) {}

  /** A line's fields, with where it is. */
  private record Line(int number, List<Field> fields) {}

  /** A final state's weight as last given. */
  private record Final(String state, Optional<String> weight, String where) {}

  /**
   * Reads {@code text}; {@code name} prefixes positions in messages.
   *
   * @param unweighted whether every edge weighs 1̄ (the weights written are then ignored)
   * @throws InputException for a malformed line, at its name:line:column
   */
  static Automaton read(String name, String text, Kind kind, boolean unweighted) {
    List<Line> lines = new ArrayList<>();
    String[] raw = text.split("\r?\n", -1);
    for (int l = 0; l < raw.length; l++) {
      List<Field> fields = fields(raw[l]);
      if (!fields.isEmpty()) {
        lines.add(new Line(l + 1, fields));
      }
    }
    boolean acceptor = resolve(name, lines, kind, unweighted);
    Graph<String, FileEdge> g = new DirectedPseudograph<>(null, null, false);
    Map<String, Final> finals = new LinkedHashMap<>();
    Optional<String> start = Optional.empty();
    for (Line line : lines) {
      List<Field> f = line.fields();
      String at = name + ":" + line.number() + ":";
      int max = acceptor ? 4 : 5;
      if (f.size() > max) {
        throw new InputException(
            at
                + f.get(max).column()
                + ": "
                + f.size()
                + " fields; an "
                + (acceptor ? "acceptor" : "transducer")
                + " line is "
                + (acceptor ? "'src dst label [weight]'" : "'src dst ilabel olabel [weight]'")
                + " or 'state [weight]'"
                + (acceptor ? " (use --att transducer for output labels)" : ""));
      }
      if (f.size() == 3 && !acceptor) {
        throw new InputException(
            at
                + f.get(2).column()
                + ": 3 fields; a transducer arc is 'src dst ilabel olabel [weight]' (use --att"
                + " acceptor for 'src dst label [weight]')");
      }
      String from = state(f.get(0), at);
      if (start.isEmpty()) {
        start = Optional.of(from);
      }
      g.addVertex(from);
      if (f.size() <= 2) {
        Optional<Field> w = f.size() == 2 ? Optional.of(f.get(1)) : Optional.empty();
        finals.put(
            from,
            new Final(
                from,
                unweighted ? Optional.empty() : w.map(Field::text),
                at + w.orElse(f.get(0)).column()));
        continue;
      }
      String to = state(f.get(1), at);
      g.addVertex(to);
      int weightField = acceptor ? 3 : 4;
      Optional<Field> w =
          f.size() > weightField ? Optional.of(f.get(weightField)) : Optional.empty();
      g.addEdge(
          from,
          to,
          new FileEdge(
              unweighted ? Optional.empty() : w.map(Field::text),
              at + w.orElse(f.get(0)).column()));
    }
    if (start.isPresent()) {
      g.addVertex(FINAL);
    }
    for (Final fin : finals.values()) {
      g.addEdge(fin.state(), FINAL, new FileEdge(fin.weight(), fin.where()));
    }
    return new Automaton(g, start);
  }

  /** Whether the lines are an acceptor's, by {@code kind} or decided from them. */
  private static boolean resolve(String name, List<Line> lines, Kind kind, boolean unweighted) {
    if (kind != Kind.AUTO) {
      return kind == Kind.ACCEPTOR;
    }
    Line three = null;
    Line four = null;
    Line five = null;
    for (Line line : lines) {
      int n = line.fields().size();
      if (n == 3 && three == null) {
        three = line;
      } else if (n == 4 && four == null) {
        four = line;
      } else if (n == 5 && five == null) {
        five = line;
      }
    }
    if (three != null && five != null) {
      Line later = three.number() > five.number() ? three : five;
      Line earlier = later == three ? five : three;
      throw new InputException(
          name
              + ":"
              + later.number()
              + ":"
              + later.fields().get(later.fields().size() - 1).column()
              + ": an arc of "
              + later.fields().size()
              + " fields after one of "
              + earlier.fields().size()
              + " on line "
              + earlier.number()
              + ": an automaton is an acceptor ('src dst label [weight]') or a transducer ('src"
              + " dst ilabel olabel [weight]'), not both");
    }
    if (three != null || five != null) {
      return three != null;
    }
    if (four != null && !unweighted) {
      throw new InputException(
          name
              + ":"
              + four.number()
              + ":"
              + four.fields().get(3).column()
              + ": every arc has 4 fields, so the 4th is either a weight (an acceptor: 'src dst"
              + " label weight') or an output label (a transducer: 'src dst ilabel olabel'); say"
              + " which with --att acceptor or --att transducer");
    }
    return false;
  }

  /** A state id: a non-negative decimal integer, as its canonical decimal text. */
  private static String state(Field f, String at) {
    String t = f.text();
    boolean digits = !t.isEmpty() && t.chars().allMatch(c -> c >= '0' && c <= '9');
    if (digits) {
      try {
        return Long.toString(Long.parseLong(t));
      } catch (NumberFormatException tooLarge) {
        // falls through to the message
      }
    }
    throw new InputException(
        at
            + f.column()
            + ": state '"
            + DisplayWidth.shorten(t, Output.LABEL_WIDTH)
            + "' is not a state number; states are non-negative integers");
  }

  /** The fields of a line: runs of characters other than space and tab. */
  private static List<Field> fields(String line) {
    List<Field> out = new ArrayList<>(5);
    int i = 0;
    int n = line.length();
    while (true) {
      while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
        i++;
      }
      if (i >= n) {
        return out;
      }
      int s = i;
      while (i < n && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
        i++;
      }
      out.add(new Field(line.substring(s, i), s + 1));
    }
  }
}
