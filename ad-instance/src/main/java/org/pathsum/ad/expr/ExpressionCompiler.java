package org.pathsum.ad.expr;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.pathsum.ad.ComputationGraph;
import org.pathsum.ad.ComputationGraph.Node;

/**
 * Compiles a {@link ParsedProgram} into a {@link ComputationGraph}.
 *
 * <ul>
 *   <li>One input node per variable, created first and in the given order, so the graph's {@code
 *       inputNames()} (the Jacobian's columns) follow it; a variable the program never uses still
 *       gets a node (its derivatives are 0).
 *   <li>Every use of a name refers to the one node of that name: {@code x*x} is one {@code x} node
 *       with two parallel edges into the product, and a name bound by {@code name = expr} is the
 *       one node of {@code expr}, shared by all later uses.
 *   <li>Each numeric literal is its own constant node.
 *   <li>A power whose exponent depends on no variable ({@code x^2}, {@code pow(x - y, 2)}, {@code
 *       x^(1+1)}, {@code pow(x, -1)}) is a constant-exponent power, defined and differentiable for
 *       a negative base ({@link ComputationGraph.Builder#apply}).
 *   <li>Outputs are named by their statement's {@linkplain Statement#text() text} as written; a
 *       repeated text is two outputs under one name.
 * </ul>
 *
 * <p>The walk over each AST uses an explicit stack. Cost: O(size of the program) builder calls.
 */
final class ExpressionCompiler {

  private ExpressionCompiler() {}

  /**
   * Parses and compiles {@code source} with the given variables.
   *
   * @throws ParseException for any error {@link ExpressionParser#parse} or {@link
   *     #compile(ParsedProgram, List)} reports
   * @throws IllegalArgumentException if {@code variables} has a duplicate
   */
  public static ComputationGraph compile(String source, List<String> variables) {
    return compile(ExpressionParser.parse(source), variables);
  }

  /**
   * Compiles {@code program}; the graph's inputs are {@code variables}, in that order.
   *
   * @throws ParseException at a name that is neither a variable nor bound by an earlier statement,
   *     or at a binding whose name is a variable's
   * @throws IllegalArgumentException if {@code variables} has a duplicate (naming it)
   */
  public static ComputationGraph compile(ParsedProgram program, List<String> variables) {
    return compileProgram(program, variables).graph();
  }

  /**
   * Compiles {@code program} like {@link #compile(ParsedProgram, List)}, keeping where each node
   * was written.
   *
   * @throws ParseException as {@link #compile(ParsedProgram, List)}
   * @throws IllegalArgumentException as {@link #compile(ParsedProgram, List)}
   */
  public static CompiledExpression compileProgram(ParsedProgram program, List<String> variables) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(variables, "variables");
    Set<String> seen = new HashSet<>();
    for (String v : variables) {
      if (!seen.add(Objects.requireNonNull(v, "variable"))) {
        throw new IllegalArgumentException("variable '" + v + "' is given twice; give each once");
      }
    }
    ComputationGraph.Builder builder = ComputationGraph.builder();
    Map<String, Node> scope = new HashMap<>();
    for (String v : variables) {
      scope.put(v, builder.input(v));
    }
    Map<Integer, SourcePosition> positions = new HashMap<>();
    Emitter emitter = new Emitter(builder, scope, program, variables, positions);
    for (Statement s : program.statements()) {
      if (s.kind() == Statement.Kind.BINDING) {
        if (seen.contains(s.name())) {
          throw ParseException.at(
              program.source(),
              s.line(),
              s.column(),
              "'"
                  + s.name()
                  + "' is a variable and cannot be bound; choose another name for the"
                  + " intermediate");
        }
        scope.put(s.name(), emitter.emit(s.expr()));
      } else {
        builder.output(s.text(), emitter.emit(s.expr())); // named as written, repeats too
      }
    }
    return new CompiledExpression(program, builder.build(), positions);
  }

  /** Turns ASTs into builder calls, recording where each new node was written. */
  private static final class Emitter {
    private final ComputationGraph.Builder builder;
    private final Map<String, Node> scope;
    private final ParsedProgram program;
    private final List<String> variables;
    private final Map<Integer, SourcePosition> positions;

    Emitter(
        ComputationGraph.Builder builder,
        Map<String, Node> scope,
        ParsedProgram program,
        List<String> variables,
        Map<Integer, SourcePosition> positions) {
      this.builder = builder;
      this.scope = scope;
      this.program = program;
      this.variables = variables;
      this.positions = positions;
    }

    /** Post-order walk with an explicit stack: operands are built before their operation. */
    Node emit(Expr root) {
      Deque<Expr> pending = new ArrayDeque<>();
      Deque<Integer> visited = new ArrayDeque<>(); // operands already pushed, per pending entry
      Deque<Node> built = new ArrayDeque<>();
      pending.push(root);
      visited.push(0);
      while (!pending.isEmpty()) {
        Expr e = pending.peek();
        int done = visited.pop();
        if (e instanceof Expr.Constant c) {
          pending.pop();
          built.push(record(e, builder.constant(c.value())));
        } else if (e instanceof Expr.Variable v) {
          pending.pop();
          built.push(lookUp(v));
        } else if (e instanceof Expr.PowConst p) {
          if (done == 0) {
            visited.push(1);
            pending.push(p.base());
            visited.push(0);
          } else {
            pending.pop();
            built.push(record(e, builder.powConst(built.pop(), p.exponent())));
          }
        } else {
          Expr.Apply a = (Expr.Apply) e;
          List<Expr> operands = a.operands();
          if (done < operands.size()) {
            visited.push(done + 1);
            pending.push(operands.get(done));
            visited.push(0);
          } else {
            pending.pop();
            Node[] args = new Node[operands.size()];
            for (int i = args.length - 1; i >= 0; i--) {
              args[i] = built.pop();
            }
            built.push(record(e, builder.apply(a.op(), args)));
          }
        }
      }
      return built.pop();
    }

    private Node lookUp(Expr.Variable v) {
      Node node = scope.get(v.name());
      if (node == null) {
        throw ParseException.at(
            program.source(),
            v.line(),
            v.column(),
            "unknown name '"
                + v.name()
                + "': it is not a variable "
                + variables
                + " nor bound by an earlier 'name = ...'; give it a value (--at "
                + v.name()
                + "=...)");
      }
      return node;
    }

    private Node record(Expr e, Node node) {
      positions.put(node.index(), new SourcePosition(e.line(), e.column()));
      return node;
    }
  }
}
