package org.pathsum.cli;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.ImportException;
import org.jgrapht.nio.dot.DOTImporter;

/**
 * Reads the graph files of {@code pathsum paths} into a directed pseudograph (parallel edges and
 * self-loops kept: a self-loop is a cycle like any other). The text comes from a {@link TextInput}
 * (a file or standard input, UTF-8, byte-order mark removed).
 *
 * <p><b>Edge lists</b> (parsed here: jgrapht-io's CSVImporter has neither comments nor
 * line:column error positions): per line, {@code from to weight} declares an edge and a single
 * name declares a vertex (isolated if it has no edges); with {@code unweighted} the weight may be
 * left out ({@code from to}). Fields are separated by whitespace; a name containing spaces is
 * written in double quotes, with {@code \"} and {@code \\} escapes ({@code "New York" b 2}). A
 * {@code #} at the start of a field (outside quotes) starts a comment that runs to the end of the
 * line; elsewhere it is part of its field: {@code C# F# 1} is an edge from {@code C#} to {@code
 * F#}, and the weight {@code 3#c} is refused as a weight. Blank lines are skipped. Any other shape
 * is an error at its line:column.
 *
 * <p><b>DOT</b> (by the extension {@code .dot}/{@code .gv}, or content starting with {@code
 * [strict] digraph}): read with jgrapht-io's DOTImporter; each edge's weight is its {@code weight}
 * attribute, else its {@code label}. As in Graphviz, a {@code strict digraph} has at most one edge
 * per ordered pair: repeated edges are merged, later attributes overriding earlier ones.
 * Undirected graphs and files with more than one graph are refused. Weight errors name the
 * line:column where the weight was written (found by {@link DotScanner}).
 */
final class GraphFiles {

  private static final Pattern DOT_HEADER =
      Pattern.compile("(?s)\\s*(strict\\s+)?(di)?graph\\b[^{]*\\{.*", Pattern.CASE_INSENSITIVE);

  private GraphFiles() {}

  /** The formats of {@code paths --format}. */
  enum Format {
    /** An edge list. */
    EDGES,
    /** Graphviz DOT. */
    DOT,
    /** An OpenFst / AT&T text automaton ({@link AttFiles}). */
    ATT;

    /**
     * The format named by {@code --format}.
     *
     * @throws InputException for another name, listing the valid ones
     */
    static Format byName(String name) {
      return switch (name) {
        case "edges" -> EDGES;
        case "dot" -> DOT;
        case "att" -> ATT;
        default -> throw new InputException("--format '" + name + "': choose edges, dot or att");
      };
    }

    /**
     * The format a file's name says: {@code .dot}, {@code .gv} DOT; {@code .fst.txt}, {@code .att}
     * an automaton; empty otherwise (then the content decides between DOT and an edge list).
     */
    static Optional<Format> byFileName(String file) {
      String name = file.toLowerCase(Locale.ROOT);
      if (name.endsWith(".dot") || name.endsWith(".gv")) {
        return Optional.of(DOT);
      }
      if (name.endsWith(".fst.txt") || name.endsWith(".att")) {
        return Optional.of(ATT);
      }
      return Optional.empty();
    }
  }

  /**
   * Reads {@code input}, as DOT or as an edge list.
   *
   * @param unweighted whether edges may lack a weight (every edge then weighs 1̄)
   * @throws InputException if it is malformed, naming the input and the place
   */
  static Graph<String, FileEdge> read(TextInput input, boolean unweighted) {
    if (isDot(input.fileName(), withoutLeadingComments(input.text()))) {
      return readDot(input.name(), input.text(), unweighted);
    }
    return readEdgeList(input.name(), input.text(), unweighted);
  }

  /**
   * Whether a file is DOT: by its extension, or by its content after leading comments ({@link
   * #withoutLeadingComments}), which starts with {@code [strict] [di]graph … {}.
   */
  static boolean isDot(String fileName, String content) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".dot") || name.endsWith(".gv") || DOT_HEADER.matcher(content).matches();
  }

  /** Parses an edge list; {@code name} prefixes positions in messages. O(length). */
  static Graph<String, FileEdge> readEdgeList(String name, String text, boolean unweighted) {
    Graph<String, FileEdge> g = new DirectedPseudograph<>(null, null, false);
    EdgeSink sink =
        new EdgeSink() {
          @Override
          public void vertex(String v) {
            g.addVertex(v);
          }

          @Override
          public void edge(String from, String to, String weight, int line, int column) {
            g.addVertex(from);
            g.addVertex(to);
            g.addEdge(
                from,
                to,
                new FileEdge(Optional.ofNullable(weight), name + ":" + line + ":" + column));
          }
        };
    String[] lines = text.split("\r?\n", -1);
    for (int l = 0; l < lines.length; l++) {
      readLine(name, lines[l], l + 1, unweighted, sink);
    }
    return g;
  }

  /** What an edge-list reader builds: receives each declared vertex and each edge, in file order. */
  interface EdgeSink {
    /** A line with one name: the vertex, isolated unless edges name it too. */
    void vertex(String v);

    /**
     * An edge.
     *
     * @param weight the weight as written, or {@code null} if the edge has none (unweighted)
     * @param line the 1-based line
     * @param column the 1-based column of the weight, or of the edge when it has no weight
     */
    void edge(String from, String to, String weight, int line, int column);
  }

  /**
   * Parses one line of an edge list (without its terminator) into {@code sink}: the one edge-list
   * grammar, used line by line for a text in memory ({@link #readEdgeList(String, String,
   * boolean)}) and by the streaming reader ({@link EdgeListReader}) for every line its byte-level
   * fast path does not take. O(length of the line).
   *
   * @param l the 1-based line number, for messages
   * @throws InputException if the line is malformed, naming {@code name}:line:column
   */
  static void readLine(String name, String line, int l, boolean unweighted, EdgeSink sink) {
    List<Field> fields = fields(line, name, l);
    String at = fields.size() == 2 || fields.size() > 3 ? name + ":" + l + ":" : null;
    switch (fields.size()) {
      case 0:
        break;
      case 1:
        sink.vertex(fields.get(0).text);
        break;
      case 2:
        if (!unweighted) {
          throw new InputException(
              at
                  + (endColumn(line) + 1)
                  + ": expected 'from to weight' but the weight is missing; add it, or use"
                  + " --unweighted to give every edge the weight 1̄");
        }
        sink.edge(fields.get(0).text, fields.get(1).text, null, l, fields.get(0).column);
        break;
      case 3:
        sink.edge(
            fields.get(0).text,
            fields.get(1).text,
            unweighted ? null : fields.get(2).text,
            l,
            fields.get(2).column);
        break;
      default:
        throw new InputException(
            at
                + fields.get(3).column
                + ": expected 'from to weight' (3 fields) but found "
                + fields.size()
                + "; write names with spaces in double quotes, e.g. \"New York\"");
    }
  }

  /** A field of an edge-list line: its text (unquoted) and its 1-based column. */
  private record Field(String text, int column) {}

  /** The fields of {@code line} up to a comment; {@code name} and {@code l} are for messages. */
  private static List<Field> fields(String line, String name, int l) {
    List<Field> out = new ArrayList<>(4);
    int i = 0;
    int n = line.length();
    while (true) {
      while (i < n && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      if (i >= n || line.charAt(i) == '#') {
        return out;
      }
      int start = i;
      if (line.charAt(i) == '"') {
        StringBuilder sb = new StringBuilder();
        i++;
        while (true) {
          if (i >= n) {
            throw new InputException(
                name + ":" + l + ":" + (start + 1) + ": the quoted name has no closing '\"'");
          }
          char c = line.charAt(i);
          if (c == '"') {
            i++;
            break;
          }
          if (c == '\\' && i + 1 < n && (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\\')) {
            sb.append(line.charAt(i + 1));
            i += 2;
          } else {
            sb.append(c);
            i++;
          }
        }
        if (i < n && !Character.isWhitespace(line.charAt(i))) {
          throw new InputException(
              name
                  + ":"
                  + l
                  + ":"
                  + (i + 1)
                  + ": expected a space after the quoted name \""
                  + sb
                  + "\"");
        }
        if (sb.length() == 0) {
          throw new InputException(name + ":" + l + ":" + (start + 1) + ": a name cannot be empty");
        }
        out.add(new Field(sb.toString(), start + 1));
      } else {
        while (i < n && !Character.isWhitespace(line.charAt(i))) {
          i++; // '#' inside a field is part of it: C# is a name, 3#c a weight to refuse
        }
        out.add(new Field(line.substring(start, i), start + 1));
      }
    }
  }

  /**
   * The column of the last character before a comment (a {@code #} that starts a field, outside
   * quotes), trailing blanks excluded.
   */
  private static int endColumn(String line) {
    int end = line.length();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '#' && !quoted && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        end = i;
        break;
      }
    }
    return line.substring(0, end).stripTrailing().length();
  }

  /** Parses DOT with jgrapht-io; {@code name} prefixes messages. */
  static Graph<String, FileEdge> readDot(String name, String text, boolean unweighted) {
    DotScanner scanner = DotScanner.scan(name, text);
    if (scanner.isUndirected()) {
      throw new InputException(
          name
              + ": an undirected 'graph' has no path direction; write a"
              + " 'digraph' with '->' edges");
    }
    Optional<DotScanner.Token> second = scanner.afterFirstGraph();
    if (second.isPresent()) {
      throw new InputException(
          scanner.where(second.get())
              + ": a second graph (or text after the first graph's closing '}'); a graph file"
              + " must hold exactly one digraph");
    }
    DirectedPseudograph<String, DefaultEdge> raw = new DirectedPseudograph<>(DefaultEdge.class);
    Map<DefaultEdge, String> weights = new IdentityHashMap<>();
    Map<DefaultEdge, String> labels = new IdentityHashMap<>();
    DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
    importer.setVertexFactory(id -> id);
    importer.addEdgeAttributeConsumer(
        (edgeAndKey, attribute) -> {
          String key = edgeAndKey.getSecond();
          if (key.equals("weight")) {
            weights.put(edgeAndKey.getFirst(), attribute.getValue());
          } else if (key.equals("label")) {
            labels.put(edgeAndKey.getFirst(), attribute.getValue());
          }
        });
    try {
      importer.importGraph(raw, new StringReader(text));
    } catch (ImportException | IllegalArgumentException e) {
      throw new InputException(
          name + ": not a valid DOT digraph: " + Output.firstLine(e.getMessage()));
    }
    // Graphviz's strict: one edge per ordered pair, attributes merged in statement order.
    Map<List<String>, DefaultEdge> merged = new LinkedHashMap<>();
    List<DefaultEdge> edges = new ArrayList<>();
    for (DefaultEdge e : raw.edgeSet()) {
      if (!scanner.isStrict()) {
        edges.add(e);
        continue;
      }
      List<String> pair = List.of(raw.getEdgeSource(e), raw.getEdgeTarget(e));
      DefaultEdge first = merged.putIfAbsent(pair, e);
      if (first == null) {
        edges.add(e);
      } else {
        if (weights.containsKey(e)) {
          weights.put(first, weights.get(e));
        }
        if (labels.containsKey(e)) {
          labels.put(first, labels.get(e));
        }
      }
    }
    Graph<String, FileEdge> g = new DirectedPseudograph<>(null, null, false);
    raw.vertexSet().forEach(g::addVertex);
    for (DefaultEdge e : edges) {
      String from = raw.getEdgeSource(e);
      String to = raw.getEdgeTarget(e);
      String edgeWhere =
          scanner.whereEdge(from, to).orElse(name) + ": edge " + from + " -> " + to;
      Optional<String> weight;
      String where;
      if (weights.containsKey(e)) {
        weight = Optional.of(weights.get(e).strip());
        where = scanner.whereAttribute("weight", weights.get(e)).orElse(edgeWhere);
      } else if (labels.containsKey(e)) {
        weight = Optional.of(labels.get(e).strip());
        where = scanner.whereAttribute("label", labels.get(e)).orElse(edgeWhere);
      } else if (unweighted) {
        weight = Optional.empty();
        where = edgeWhere;
      } else {
        throw new InputException(
            edgeWhere
                + " has no weight; give it a 'weight' or 'label' attribute, or use --unweighted");
      }
      g.addEdge(from, to, new FileEdge(unweighted ? Optional.empty() : weight, where));
    }
    return g;
  }

  /** The text after leading blank lines and whole-line comments (//, #, and block comments). */
  static String withoutLeadingComments(String text) {
    int i = 0;
    while (i < text.length()) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
      } else if (text.startsWith("//", i) || text.startsWith("#", i)) {
        int nl = text.indexOf('\n', i);
        i = nl < 0 ? text.length() : nl + 1;
      } else if (text.startsWith("/*", i)) {
        int end = text.indexOf("*/", i + 2);
        i = end < 0 ? text.length() : end + 2;
      } else {
        break;
      }
    }
    return text.substring(i);
  }
}
