package org.pathsum.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pathsum.ad.AutoDiff;
import org.pathsum.ad.ComputationGraph;
import org.pathsum.ad.DualEvaluator;
import org.pathsum.ad.Jacobian;
import org.pathsum.ad.LabeledGraph;
import org.pathsum.ad.NonFiniteValueException;
import org.pathsum.ad.expr.CompiledExpression;
import org.pathsum.ad.expr.ExpressionCompiler;
import org.pathsum.ad.expr.ExpressionParser;
import org.pathsum.ad.expr.ParseException;
import org.pathsum.ad.expr.SourcePosition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pathsum grad --expr EXPR --at x=3,y=5 [--json] [--dot FILE]}: the values and the Jacobian
 * of the expression at the point, by forward solves, reverse solves and dual numbers.
 */
@Command(
    name = "grad",
    mixinStandardHelpOptions = true,
    versionProvider = PathsumMain.Version.class,
    description = {
      "Differentiates EXPR at a point: values, and the Jacobian by forward solves, reverse solves"
          + " and dual numbers.",
      "EXPR: expressions separated by ';' (one output each); 'name = expr' binds a shared"
          + " intermediate. Numbers, names, + - * / ^ (right-associative, tighter than unary"
          + " minus), parentheses, sin cos tan exp log sqrt tanh sigmoid relu abs pow(a,b)"
          + " max(a,b,...) min(a,b,...). Nesting depth at most "
          + ExpressionParser.MAX_NESTING
          + "."
    })
final class GradCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--expr",
      required = true,
      paramLabel = "EXPR",
      description =
          "The expression(s), e.g. '(x + 4*y) * ((x + y) * y)'. Write --expr=EXPR when EXPR starts"
              + " with '-'.")
  private String expr;

  @Option(
      names = "--at",
      paramLabel = "NAME=VALUE[,...]",
      description =
          "The point, e.g. x=3,y=5 (repeatable). Its order is the Jacobian's column order;"
              + " a variable absent from EXPR has derivative 0.")
  private List<String> at = new ArrayList<>();

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  private boolean json;

  @Option(
      names = "--dot",
      paramLabel = "FILE",
      description = "Also write the labeled computation graph to FILE in Graphviz DOT.")
  private Path dot;

  @Override
  public Integer call() {
    Point point = Point.parse(at);
    CompiledExpression compiled =
        ExpressionCompiler.compileProgram(ExpressionParser.parse(expr), point.names());
    ComputationGraph graph = compiled.graph();
    LabeledGraph labeled;
    try {
      labeled = graph.labelAt(point.values());
    } catch (NonFiniteValueException e) {
      // Show the node where it was written in EXPR, with a caret.
      Optional<SourcePosition> where = compiled.positionOf(e.nodeIndex());
      if (where.isEmpty()) {
        throw e;
      }
      throw ParseException.at(
          expr, where.get().line(), where.get().column(), "at " + point + ": " + e.getMessage());
    }
    GradReport report =
        new GradReport(
            graph.inputNames(),
            graph.outputNames(),
            labeled.outputValues(),
            AutoDiff.forwardJacobian(labeled),
            AutoDiff.reverseJacobian(labeled),
            DualEvaluator.jacobian(graph, point.values()));
    String text = json ? report.toJson() : report.toText(point);
    if (dot != null) {
      DotFile.write(dot, labeled);
    }
    return Output.print(spec, text);
  }

  /** The three Jacobians of one run, for printing. */
  static final class GradReport {
    final List<String> variables;
    final List<String> outputs;
    final double[] values;
    final Jacobian forward;
    final Jacobian reverse;
    final Jacobian dual;

    GradReport(
        List<String> variables,
        List<String> outputs,
        double[] values,
        Jacobian forward,
        Jacobian reverse,
        Jacobian dual) {
      this.variables = variables;
      this.outputs = outputs;
      this.values = values;
      this.forward = forward;
      this.reverse = reverse;
      this.dual = dual;
    }

    /**
     * {@code {"variables":[...],"outputs":[...],"jacobian":{"forward":[[...]],"reverse":...,
     * "dual":...}}} and a newline.
     */
    String toJson() {
      var mapper = Json.MAPPER;
      var root = mapper.createObjectNode();
      var vars = root.putArray("variables");
      variables.forEach(vars::add);
      var outs = root.putArray("outputs");
      for (double v : values) {
        outs.add(Json.number(v));
      }
      var jac = root.putObject("jacobian");
      jac.set("forward", Json.matrix(forward));
      jac.set("reverse", Json.matrix(reverse));
      jac.set("dual", Json.matrix(dual));
      return Json.write(root);
    }

    /** One block per output: its value, then ∂/∂v by each method, one row per variable. */
    String toText(Point point) {
      StringBuilder sb = new StringBuilder();
      sb.append("at ")
          .append(variables.isEmpty() ? "(no variables)" : point.toString())
          .append('\n');
      int width = "∂/∂".length();
      for (String v : variables) {
        width = Math.max(width, v.length() + 3);
      }
      for (int j = 0; j < outputs.size(); j++) {
        sb.append('\n')
            .append(outputs.get(j))
            .append(" = ")
            .append(Output.number(values[j]))
            .append('\n');
        if (variables.isEmpty()) {
          continue;
        }
        String[][] cells = new String[variables.size()][];
        int col = "forward".length();
        for (int i = 0; i < variables.size(); i++) {
          cells[i] =
              new String[] {
                Output.number(forward.get(j, i)),
                Output.number(reverse.get(j, i)),
                Output.number(dual.get(j, i))
              };
          for (String c : cells[i]) {
            col = Math.max(col, c.length());
          }
        }
        sb.append(
            String.format(
                "  %-" + width + "s  %" + col + "s  %" + col + "s  %" + col + "s%n",
                "",
                "forward",
                "reverse",
                "dual"));
        for (int i = 0; i < variables.size(); i++) {
          sb.append(
              String.format(
                  "  %-" + width + "s  %" + col + "s  %" + col + "s  %" + col + "s%n",
                  "∂/∂" + variables.get(i),
                  cells[i][0],
                  cells[i][1],
                  cells[i][2]));
        }
      }
      return sb.toString();
    }
  }
}
