package org.pathsum.dataflow.intraprocedural;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * An immutable control-flow graph: named basic blocks, each a list of {@link Statement}s, directed
 * edges between them (loops and parallel edges allowed), an entry block and an exit block. Built
 * with {@link #builder()}.
 *
 * <pre>{@code
 * ControlFlowGraph cfg = ControlFlowGraph.builder()
 *     .block("B1", Statement.assign("d1", "i", "m"))
 *     .block("B2", Statement.assign("d2", "i", "i"))
 *     .edge("B1", "B2").edge("B2", "B2")
 *     .build("B1", "B2");
 * }</pre>
 */
public final class ControlFlowGraph {

  private final Map<String, List<Statement>> blocks;
  private final Graph<String, DefaultEdge> graph;
  private final String entry;
  private final String exit;

  private ControlFlowGraph(
      Map<String, List<Statement>> blocks,
      Graph<String, DefaultEdge> graph,
      String entry,
      String exit) {
    this.blocks = blocks;
    this.graph = graph;
    this.entry = entry;
    this.exit = exit;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The block names, in the order they were added. Immutable. */
  public List<String> blocks() {
    return List.copyOf(blocks.keySet());
  }

  /**
   * The statements of {@code block}, in order. Immutable.
   *
   * @throws IllegalArgumentException if there is no such block
   */
  public List<Statement> statements(String block) {
    List<Statement> s = blocks.get(Objects.requireNonNull(block, "block"));
    if (s == null) {
      throw new IllegalArgumentException(
          "no block named " + block + "; the blocks are " + blocks.keySet());
    }
    return s;
  }

  /** The control flow as an unmodifiable JGraphT graph over block names. */
  public Graph<String, DefaultEdge> graph() {
    return graph;
  }

  /** The block where execution starts. */
  public String entry() {
    return entry;
  }

  /** The block where execution ends. */
  public String exit() {
    return exit;
  }

  /** Collects blocks and edges; not thread-safe, single use. */
  public static final class Builder {
    private final Map<String, List<Statement>> blocks = new LinkedHashMap<>();
    private final List<String[]> edges = new ArrayList<>();
    private final Set<String> labels = new HashSet<>();

    private Builder() {}

    /**
     * Adds a block.
     *
     * @throws IllegalArgumentException if the block name or a statement label is already taken
     */
    public Builder block(String name, Statement... statements) {
      Objects.requireNonNull(name, "name");
      if (blocks.containsKey(name)) {
        throw new IllegalArgumentException(
            "block " + name + " is added twice; name blocks uniquely");
      }
      List<Statement> list = List.of(statements);
      for (Statement s : list) {
        if (!labels.add(s.label())) {
          throw new IllegalArgumentException(
              "statement label " + s.label() + " is used twice; labels name definitions uniquely");
        }
      }
      blocks.put(name, list);
      return this;
    }

    /** Adds a control-flow edge; both blocks must exist when {@link #build} is called. */
    public Builder edge(String from, String to) {
      edges.add(
          new String[] {Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to")});
      return this;
    }

    /**
     * The graph.
     *
     * @throws IllegalArgumentException if {@code entry}, {@code exit} or an edge end names no block
     */
    public ControlFlowGraph build(String entry, String exit) {
      Graph<String, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
      blocks.keySet().forEach(g::addVertex);
      for (String[] e : edges) {
        g.addEdge(known(e[0]), known(e[1]));
      }
      return new ControlFlowGraph(
          new LinkedHashMap<>(blocks), new AsUnmodifiableGraph<>(g), known(entry), known(exit));
    }

    private String known(String block) {
      if (!blocks.containsKey(Objects.requireNonNull(block, "block"))) {
        throw new IllegalArgumentException(
            "no block named " + block + "; add it with block(...) first");
      }
      return block;
    }
  }
}
