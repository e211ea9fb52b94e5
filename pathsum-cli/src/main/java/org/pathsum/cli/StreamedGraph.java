package org.pathsum.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.solver.PathSumSolver;
import org.pathsum.solver.PathSumSolvers;

/**
 * An edge list read straight into integer arrays, the fast route of {@code pathsum paths} from a
 * file to an answer: {@link EdgeListReader} tokenizes the bytes as they stream (strict UTF-8,
 * byte-order mark skipped, the one edge-list grammar of {@link GraphFiles}) and interns each vertex
 * name once to an {@code int} id (first appearance order, the order results are listed in); each
 * edge goes into blocks of {@code int} sources and targets and {@code double} weights (decimal
 * semirings, parsed from the bytes by {@link FastDecimal} where it decides them exactly) or {@code
 * Object} weights (boolean, counting). No graph object, no per-edge object and no per-line string
 * is made; the arrays go to {@link PathSumSolvers#forEdgeArrays} (its {@code double[]} overload
 * for a {@link DoubleSemiring}, so no weight is ever boxed).
 *
 * <p>A weight that is not in the semiring does not stop the reading: the first such weight is
 * remembered and {@link #solver} throws it, so that (as on the JGraphT route) a malformed line
 * anywhere is reported before an unknown {@code --source}, and that before a bad weight.
 *
 * <p>Memory: 16 bytes per edge while reading (two {@code int}s and a {@code double}, in blocks of
 * 2^16 edges, so growing copies nothing), plus the names ({@link EdgeListReader}).
 *
 * @param <W> the weight type
 */
final class StreamedGraph<W> implements EdgeListReader.Sink {

  /** How many bytes are looked at to tell DOT from an edge list when the extension does not say. */
  static final int PEEK_BYTES = 1 << 16;

  /** Edges are kept in blocks of this many, so that growing never copies what was read. */
  private static final int BLOCK_BITS = 16;

  private static final int BLOCK = 1 << BLOCK_BITS;

  private final String name;
  private final WeightDomain<W> domain;
  private final DoubleSemiring doubleSemiring;
  private final Progress progress;
  private final EdgeListReader reader;
  private final List<int[]> fromBlocks = new ArrayList<>();
  private final List<int[]> toBlocks = new ArrayList<>();
  private final List<double[]> doubleBlocks = new ArrayList<>();
  private final List<Object[]> objectBlocks = new ArrayList<>();
  private int[] from;
  private int[] to;
  private double[] doubleWeights;
  private Object[] weights;
  private int edges;
  private InputException firstBadWeight;

  private StreamedGraph(String name, WeightDomain<W> domain, Progress progress, boolean unweighted) {
    this.name = name;
    this.domain = domain;
    this.doubleSemiring =
        domain.isDouble() && domain.semiring() instanceof DoubleSemiring d ? d : null;
    this.progress = progress;
    this.reader = new EdgeListReader(name, unweighted, EdgeListReader.BUFFER_BYTES);
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
    return read(in, unweighted, domain, progress, peeked, true);
  }

  /**
   * Reads {@code in} as an edge list whatever its name or content says ({@code --format edges}).
   *
   * @throws InputException for a malformed line (file:line:column) or text that is not UTF-8
   */
  static <W> StreamedGraph<W> readEdgeList(
      TextInput.Opened in, boolean unweighted, WeightDomain<W> domain, Progress progress)
      throws IOException {
    return read(in, unweighted, domain, progress, new InputStream[1], false).orElseThrow();
  }

  private static <W> Optional<StreamedGraph<W>> read(
      TextInput.Opened in,
      boolean unweighted,
      WeightDomain<W> domain,
      Progress progress,
      InputStream[] peeked,
      boolean mayBeDot)
      throws IOException {
    if (!mayBeDot) {
      StreamedGraph<W> g = new StreamedGraph<>(in.name(), domain, progress, unweighted);
      g.reader.read(in.stream(), g);
      progress.edges(g.edges);
      return Optional.of(g);
    }
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
    StreamedGraph<W> g = new StreamedGraph<>(in.name(), domain, progress, unweighted);
    g.reader.read(all, g);
    progress.edges(g.edges);
    return Optional.of(g);
  }

  /** The text of a DOT input whose first bytes {@link #read} looked at. */
  static TextInput remainder(TextInput.Opened in, InputStream peeked) throws IOException {
    String text = TextInput.decode(in.name(), peeked.readAllBytes());
    return new TextInput(in.name(), in.fileName(), text);
  }

  @Override
  public void vertex(int v) {
    // the reader has interned it; nothing else to keep
  }

  @Override
  public void edge(int source, int target, int line, int column) {
    int k = edges & (BLOCK - 1);
    if (k == 0) {
      from = new int[BLOCK];
      to = new int[BLOCK];
      fromBlocks.add(from);
      toBlocks.add(to);
      if (doubleSemiring != null) {
        doubleWeights = new double[BLOCK];
        doubleBlocks.add(doubleWeights);
      } else {
        weights = new Object[BLOCK];
        objectBlocks.add(weights);
      }
    }
    from[k] = source;
    to[k] = target;
    if (doubleSemiring != null) {
      doubleWeights[k] = doubleWeight(line, column);
    } else {
      weights[k] = weight(line, column);
    }
    edges++;
    if ((edges & 0xFFF) == 0) {
      progress.edges(edges);
    }
  }

  /** The weight of the edge the reader reports: decided from its bytes when it can be. */
  private double doubleWeight(int line, int column) {
    if (!reader.hasWeight()) {
      return doubleSemiring.oneAsDouble();
    }
    double d = reader.weightDecimal();
    if (d == d && doubleSemiring.isMemberAsDouble(d)) {
      return d;
    }
    return (Double) weight(line, column);
  }

  /** The weight of the edge the reader reports, parsed from its text; 1̄ if it is bad. */
  private Object weight(int line, int column) {
    if (!reader.hasWeight()) {
      return domain.semiring().one();
    }
    String text = reader.weightText();
    Optional<W> parsed = domain.tryParse(text);
    if (parsed.isEmpty() && firstBadWeight == null) {
      firstBadWeight = domain.notAWeight(text, name + ":" + line + ":" + column);
    }
    return parsed.isPresent() ? parsed.get() : domain.semiring().one();
  }

  /** Whether {@code v} is a vertex of the file. */
  boolean contains(String v) {
    return reader.indexOf(v) >= 0;
  }

  /** The vertices, in order of first appearance. */
  List<String> vertices() {
    return reader.names();
  }

  /** The number of edges read. */
  int edgeCount() {
    return edges;
  }

  /**
   * The front door's solver on the arrays read.
   *
   * @param options the solver's options
   * @throws InputException the first weight that is not in the semiring, at its file:line:column
   */
  PathSumSolver<String, W> solver(PathSumSolvers.Options options) {
    if (firstBadWeight != null) {
      throw firstBadWeight;
    }
    int[] f = joined(fromBlocks);
    int[] t = joined(toBlocks);
    if (doubleSemiring != null) {
      // Primitive all the way: no Double per edge, no function call per edge.
      @SuppressWarnings("unchecked")
      PathSumSolver<String, W> s =
          (PathSumSolver<String, W>)
              PathSumSolvers.forEdgeArrays(
                  reader.names(), f, t, doubleSemiring, joinedDoubles(doubleBlocks), options);
      return s;
    }
    List<Object[]> o = objectBlocks;
    @SuppressWarnings("unchecked")
    PathSumSolver<String, W> s =
        PathSumSolvers.forEdgeArrays(
            reader.names(),
            f,
            t,
            domain.semiring(),
            e -> (W) o.get(e >>> BLOCK_BITS)[e & (BLOCK - 1)],
            options);
    return s;
  }

  /** The first {@link #edges} entries of {@code blocks} in one array; the blocks are released. */
  private double[] joinedDoubles(List<double[]> blocks) {
    double[] all = new double[edges];
    for (int b = 0; b < blocks.size(); b++) {
      int off = b << BLOCK_BITS;
      System.arraycopy(blocks.get(b), 0, all, off, Math.min(BLOCK, edges - off));
      blocks.set(b, null);
    }
    return all;
  }

  /** The first {@link #edges} entries of {@code blocks} in one array; the blocks are released. */
  private int[] joined(List<int[]> blocks) {
    int[] all = new int[edges];
    for (int b = 0; b < blocks.size(); b++) {
      int off = b << BLOCK_BITS;
      System.arraycopy(blocks.get(b), 0, all, off, Math.min(BLOCK, edges - off));
      blocks.set(b, null);
    }
    return all;
  }
}
