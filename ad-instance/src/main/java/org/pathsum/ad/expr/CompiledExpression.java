package org.pathsum.ad.expr;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.pathsum.ad.ComputationGraph;

/**
 * A compiled program: its {@link ComputationGraph} and, for each node the program wrote, where in
 * the source it was written, so that an error found later (a NaN at the point, say) can be shown at
 * its place in the expression. Immutable.
 */
final class CompiledExpression {

  private final ParsedProgram program;
  private final ComputationGraph graph;
  private final Map<Integer, SourcePosition> positions;

  CompiledExpression(
      ParsedProgram program, ComputationGraph graph, Map<Integer, SourcePosition> positions) {
    this.program = Objects.requireNonNull(program, "program");
    this.graph = Objects.requireNonNull(graph, "graph");
    this.positions = Map.copyOf(positions);
  }

  /** The parsed program. */
  public ParsedProgram program() {
    return program;
  }

  /** The computation graph. */
  public ComputationGraph graph() {
    return graph;
  }

  /**
   * Where the node with index {@code nodeIndex} was written: the operator, function name or literal
   * that made it. Empty for input nodes (they come from the variable list) and for indices outside
   * the graph.
   */
  public Optional<SourcePosition> positionOf(int nodeIndex) {
    return Optional.ofNullable(positions.get(nodeIndex));
  }
}
