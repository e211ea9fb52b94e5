package org.pathsum.cli;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.ImportException;
import org.jgrapht.nio.dot.DOTImporter;

/**
 * Reads the graph files of {@code pathsum paths} into a directed pseudograph (parallel edges and
 * self-loops kept: a self-loop is a cycle like any other).
 *
 * <p><b>Edge lists</b> (parsed here: jgrapht-io's CSVImporter has neither comments nor
 * line:column error positions): one edge {@code from to weight} per line, fields separated by
 * whitespace; {@code #} starts a comment to the end of the line; blank lines are skipped. Vertex
 * names are any whitespace-free text. A line with other than three fields is an error at its
 * line:column.
 *
 * <p><b>DOT</b> (by the extension {@code .dot}/{@code .gv}, or content starting with {@code
 * [strict] digraph ... {}): read with jgrapht-io's DOTImporter; each edge's weight is its {@code
 * weight} attribute, else its {@code label}. Undirected graphs are refused.
 */
final class GraphFiles {

  private static final Pattern DOT_HEADER =
      Pattern.compile("(?s)\\s*(strict\\s+)?(di)?graph\\b[^{]*\\{.*", Pattern.CASE_INSENSITIVE);
  private static final Pattern UNDIRECTED_HEADER =
      Pattern.compile("(?s)\\s*(strict\\s+)?graph\\b.*", Pattern.CASE_INSENSITIVE);

  private GraphFiles() {}

  /**
   * Reads {@code file}, as DOT or as an edge list.
   *
   * @throws InputException if it cannot be read or is malformed, naming the file and the place
   */
  static Graph<String, FileEdge> read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new InputException("cannot read " + file + ": it is not UTF-8 text");
    } catch (IOException e) {
      throw new InputException("cannot read the graph file " + file + ": " + OutputFile.reason(e));
    }
    String name =
        file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    String content = withoutLeadingComments(text);
    if (name.endsWith(".dot") || name.endsWith(".gv") || DOT_HEADER.matcher(content).matches()) {
      return readDot(file.toString(), text, content);
    }
    return readEdgeList(file.toString(), text);
  }

  /** Parses an edge list; {@code name} prefixes positions in messages. O(length). */
  static Graph<String, FileEdge> readEdgeList(String name, String text) {
    Graph<String, FileEdge> g = new DirectedPseudograph<>(null, null, false);
    String[] lines = text.split("\r?\n", -1);
    for (int l = 0; l < lines.length; l++) {
      String line = lines[l];
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      List<int[]> fields = fields(line);
      if (fields.isEmpty()) {
        continue;
      }
      if (fields.size() != 3) {
        int column = fields.size() > 3 ? fields.get(3)[0] + 1 : line.stripTrailing().length() + 1;
        throw new InputException(
            name
                + ":"
                + (l + 1)
                + ":"
                + column
                + ": expected 'from to weight'"
                + " (3 fields) but found "
                + fields.size());
      }
      String from = slice(line, fields.get(0));
      String to = slice(line, fields.get(1));
      g.addVertex(from);
      g.addVertex(to);
      String where = name + ":" + (l + 1) + ":" + (fields.get(2)[0] + 1);
      g.addEdge(from, to, new FileEdge(slice(line, fields.get(2)), where));
    }
    return g;
  }

  /** Parses DOT with jgrapht-io; {@code name} prefixes messages. */
  static Graph<String, FileEdge> readDot(String name, String text, String content) {
    if (UNDIRECTED_HEADER.matcher(content).matches()) {
      throw new InputException(
          name
              + ": an undirected 'graph' has no path direction; write a"
              + " 'digraph' with '->' edges");
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
    Graph<String, FileEdge> g = new DirectedPseudograph<>(null, null, false);
    raw.vertexSet().forEach(g::addVertex);
    for (DefaultEdge e : raw.edgeSet()) {
      String from = raw.getEdgeSource(e);
      String to = raw.getEdgeTarget(e);
      String where = name + ": edge " + from + " -> " + to;
      String w = weights.getOrDefault(e, labels.get(e));
      if (w == null) {
        throw new InputException(where + " has no weight; give it a 'weight' or 'label' attribute");
      }
      g.addEdge(from, to, new FileEdge(w.strip(), where));
    }
    return g;
  }

  /** The [start, end) char ranges of the whitespace-separated fields of {@code line}. */
  private static List<int[]> fields(String line) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(new int[] {start, i});
      }
    }
    return out;
  }

  private static String slice(String line, int[] range) {
    return line.substring(range[0], range[1]);
  }

  /** The text after leading blank lines and whole-line comments (//, #, and block comments). */
  private static String withoutLeadingComments(String text) {
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
