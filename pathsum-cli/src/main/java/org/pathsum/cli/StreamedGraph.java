package org.pathsum.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathsum.solver.PathSumSolver;
import org.pathsum.solver.PathSumSolvers;

/**
 * An edge list read straight into integer arrays, the fast route of {@code pathsum paths} from a
 * file to an answer: the file is decoded as it streams (strict UTF-8, byte-order mark skipped),
 * parsed line by line with the one edge-list grammar of {@link GraphFiles}, each vertex name
 * interned once to an {@code int} id (first appearance order, the order results are listed in),
 * each edge appended to growable {@code int[]} source/target arrays and its weight to a {@code
 * double[]} (decimal semirings) or an {@code Object[]} (boolean, counting). No graph object and no
 * per-edge object is kept; the arrays go to {@link PathSumSolvers#forEdgeArrays}.
 *
 * <p>A weight that is not in the semiring does not stop the reading: the first such weight is
 * remembered and {@link #solver()} throws it, so that (as on the JGraphT route) a malformed line
 * anywhere is reported before an unknown {@code --source}, and that before a bad weight.
 *
 * <p>Memory: about 16 bytes per edge while reading (two {@code int}s and a {@code double}, arrays
 * doubling), plus the names and their hash map.
 *
 * @param <W> the weight type
 */
final class StreamedGraph<W> implements GraphFiles.EdgeSink {

  /** How many bytes are looked at to tell DOT from an edge list when the extension does not say. */
  static final int PEEK_BYTES = 1 << 16;

  private final String name;
  private final WeightDomain<W> domain;
  private final boolean doubles;
  private final Progress progress;
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> names = new ArrayList<>();
  private int[] from = new int[1024];
  private int[] to = new int[1024];
  private double[] doubleWeights;
  private Object[] weights;
  private int edges;
  private InputException firstBadWeight;

  private StreamedGraph(String name, WeightDomain<W> domain, Progress progress) {
    this.name = name;
    this.domain = domain;
    this.doubles = domain.isDouble();
    this.progress = progress;
    if (doubles) {
      doubleWeights = new double[1024];
    } else {
      weights = new Object[1024];
    }
  }

  /**
   * Reads {@code in} as an edge list, or returns empty when it is DOT (by its extension, or by a
   * {@code digraph} header after leading comments in its first {@value #PEEK_BYTES} bytes); then
   * the caller reads it whole with {@link #remainder} and the JGraphT route.
   *
   * @param peeked where the bytes already looked at are left for the caller when the file is DOT
   * @throws InputException for a malformed line (file:line:column) or text that is not UTF-8
   */
  static <W> Optional<StreamedGraph<W>> read(
      TextInput.Opened in,
      boolean unweighted,
      WeightDomain<W> domain,
      Progress progress,
      InputStream[] peeked)
      throws IOException {
    InputStream raw = in.stream();
    byte[] prefix = raw.readNBytes(PEEK_BYTES);
    InputStream all = new SequenceInputStream(new ByteArrayInputStream(prefix), raw);
    String start = new String(prefix, StandardCharsets.UTF_8);
    if (start.startsWith("\uFEFF")) {
      start = start.substring(1);
    }
    String content = GraphFiles.withoutLeadingComments(start);
    boolean undecided = content.isEmpty() && prefix.length == PEEK_BYTES;
    if (undecided || GraphFiles.isDot(in.fileName(), content)) {
      peeked[0] = all;
      return Optional.empty();
    }
    Reader reader =
        new InputStreamReader(
            all,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    StreamedGraph<W> g = new StreamedGraph<>(in.name(), domain, progress);
    try {
      GraphFiles.readEdgeList(in.name(), new Lines(reader), unweighted, g);
    } catch (CharacterCodingException e) {
      throw new InputException("cannot read " + in.name() + ": it is not UTF-8 text");
    }
    progress.edges(g.edges);
    return Optional.of(g);
  }

  /** The text of a DOT input whose first bytes {@link #read} looked at. */
  static TextInput remainder(TextInput.Opened in, InputStream peeked) throws IOException {
    String text = TextInput.decode(in.name(), peeked.readAllBytes());
    return new TextInput(in.name(), in.fileName(), text);
  }

  @Override
  public void vertex(String v) {
    id(v);
  }

  @Override
  public void edge(String source, String target, String weight, int line, int column) {
    if (edges == from.length) {
      int n = Math.max(1024, from.length * 2);
      from = Arrays.copyOf(from, n);
      to = Arrays.copyOf(to, n);
      if (doubles) {
        doubleWeights = Arrays.copyOf(doubleWeights, n);
      } else {
        weights = Arrays.copyOf(weights, n);
      }
    }
    from[edges] = id(source);
    to[edges] = id(target);
    W w;
    if (weight == null) {
      w = domain.semiring().one();
    } else {
      Optional<W> parsed = domain.tryParse(weight);
      if (parsed.isEmpty() && firstBadWeight == null) {
        firstBadWeight = domain.notAWeight(weight, name + ":" + line + ":" + column);
      }
      w = parsed.orElse(domain.semiring().one());
    }
    if (doubles) {
      doubleWeights[edges] = (Double) w;
    } else {
      weights[edges] = w;
    }
    edges++;
    if ((edges & 0xFFF) == 0) {
      progress.edges(edges);
    }
  }

  private int id(String v) {
    Integer id = ids.get(v);
    if (id == null) {
      id = names.size();
      ids.put(v, id);
      names.add(v);
    }
    return id;
  }

  /** Whether {@code v} is a vertex of the file. */
  boolean contains(String v) {
    return ids.containsKey(v);
  }

  /** The vertices, in order of first appearance. */
  List<String> vertices() {
    return names;
  }

  /** The number of edges read. */
  int edgeCount() {
    return edges;
  }

  /**
   * The front door's solver on the arrays read.
   *
   * @throws InputException the first weight that is not in the semiring, at its file:line:column
   */
  PathSumSolver<String, W> solver() {
    if (firstBadWeight != null) {
      throw firstBadWeight;
    }
    int[] f = Arrays.copyOf(from, edges);
    int[] t = Arrays.copyOf(to, edges);
    from = null;
    to = null;
    if (doubles) {
      double[] d = doubleWeights;
      @SuppressWarnings("unchecked")
      PathSumSolver<String, W> s =
          (PathSumSolver<String, W>)
              PathSumSolvers.forEdgeArrays(
                  names, f, t, e -> d[e], (org.pathsum.semiring.Semiring<Double>) domain.semiring());
      return s;
    }
    Object[] o = weights;
    @SuppressWarnings("unchecked")
    PathSumSolver<String, W> s =
        PathSumSolvers.forEdgeArrays(names, f, t, e -> (W) o[e], domain.semiring());
    return s;
  }

  /**
   * The lines of a reader split at {@code \n}, a {@code \r} before it removed — as {@code
   * text.split("\r?\n", -1)} splits a whole file, so both routes see the same lines (a file ending
   * in a newline ends with an empty line).
   */
  static final class Lines implements GraphFiles.LineSource {
    private final Reader reader;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private boolean first = true;
    private boolean done;
    private final StringBuilder partial = new StringBuilder();

    Lines(Reader reader) {
      this.reader = reader;
    }

    @Override
    public String next() throws IOException {
      if (done) {
        return null;
      }
      partial.setLength(0);
      while (true) {
        if (pos == len) {
          len = reader.read(buf, 0, buf.length);
          pos = 0;
          if (len <= 0) {
            len = 0;
            done = true;
            return partial.toString();
          }
          if (first) {
            first = false;
            if (buf[0] == '\uFEFF') {
              pos = 1;
            }
          }
        }
        int i = pos;
        while (i < len && buf[i] != '\n') {
          i++;
        }
        if (i < len) {
          String line;
          if (partial.length() == 0) {
            int end = i > pos && buf[i - 1] == '\r' ? i - 1 : i;
            line = new String(buf, pos, end - pos);
          } else {
            partial.append(buf, pos, i - pos);
            int n = partial.length();
            if (n > 0 && partial.charAt(n - 1) == '\r') {
              partial.setLength(n - 1);
            }
            line = partial.toString();
          }
          pos = i + 1;
          return line;
        }
        partial.append(buf, pos, len - pos);
        pos = len;
      }
    }
  }
}
