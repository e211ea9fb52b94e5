package org.pathsum.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pathsum.ad.ComputationGraph;
import org.pathsum.ad.Jacobian;
import org.pathsum.ad.LabeledGraph;
import org.pathsum.ad.NonFiniteValueException;
import org.pathsum.ad.Op;
import org.pathsum.ad.expr.Expression;
import org.pathsum.ad.expr.ParseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code pathsum grad (--expr EXPR | --expr-file FILE) --at x=3,y=5 [--json] [--dot FILE]}: the
 * values and the Jacobian of the expression at the point, by forward solves, reverse solves and
 * dual numbers.
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
          + Expression.MAX_NESTING
          + "."
    })
final class GradCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @ParentCommand private PathsumMain main;

  @Option(
      names = "--expr",
      paramLabel = "EXPR",
      description =
          "The expression(s), e.g. '(x + 4*y) * ((x + y) * y)'. Write --expr=EXPR when EXPR looks"
              + " like an option (e.g. --expr=-x).")
  private String expr;

  @Option(
      names = "--expr-file",
      paramLabel = "FILE",
      description = "Read the expression(s) from FILE instead; '-' is standard input.")
  private String exprFile;

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
      description =
          "Also write the labeled computation graph to FILE in Graphviz DOT; '-' is standard"
              + " output (the report then goes to standard error).")
  private String dot;

  @Override
  public Integer call() {
    if ((expr == null) == (exprFile == null)) {
      throw new ParameterException(
          spec.commandLine(),
          expr == null
              ? "give the expression with --expr EXPR or --expr-file FILE"
              : "give the expression with either --expr or --expr-file, not both");
    }
    String origin = "";
    String source = expr;
    if (exprFile != null) {
      TextInput input = TextInput.read("--expr-file", "expression file", exprFile, main.stdin());
      origin = input.name() + ":";
      source = input.text();
    }
    Point point = Point.parse(at);
    Expression expression;
    LabeledGraph labeled;
    try {
      expression = Expression.compile(source, point.names());
      labeled = label(expression, point);
    } catch (ParseException e) {
      throw InputException.withLines(
          "expression error at " + origin + e.renderWithCaret(ErrorReporter.SOURCE_WIDTH));
    }
    ComputationGraph graph = expression.graph();
    double[] x = point.values();
    GradReport report =
        new GradReport(
            graph.inputNames(),
            graph.outputNames(),
            labeled.outputValues(),
            graph.jacobian(Jacobian.Mode.FORWARD, x),
            graph.jacobian(Jacobian.Mode.REVERSE, x),
            graph.jacobian(Jacobian.Mode.DUAL, x));
    String text = json ? report.toJson() : report.toText(point);
    if (dot == null) {
      return Output.print(spec, text);
    }
    OutputFile.write("--dot", dot, labeled.toDot(), spec.commandLine().getOut());
    return OutputFile.STDOUT.equals(dot)
        ? Output.printToErr(spec, text)
        : Output.print(spec, text);
  }

  /** Labels the graph at the point; a non-finite value is shown where it was written in EXPR. */
  private static LabeledGraph label(Expression expression, Point point) {
    try {
      return expression.graph().labelAt(point.values());
    } catch (NonFiniteValueException e) {
      Optional<ParseException> located =
          expression.errorAt(e.nodeIndex(), "at " + point + ": " + describe(e));
      if (located.isEmpty()) {
        throw e;
      }
      throw located.get();
    }
  }

  /**
   * The refusal in the words of the expression (the operation as written, not a node number), from
   * the exception's typed evidence.
   */
  static String describe(NonFiniteValueException e) {
    String name = e.op().functionName();
    boolean operator = name.isEmpty() || !Character.isLetter(name.charAt(0));
    String what = operator ? "'" + name + "'" : name + "(…)";
    String value = Output.number(e.value());
    if (!e.isLabel()) {
      return what + " is " + value + " here; choose a point inside its domain";
    }
    String operand = e.op().maxArity() == 1 ? "" : " in operand " + (e.operandPosition().orElse(0) + 1);
    return what
        + " is not differentiable here (its derivative"
        + operand
        + " is "
        + value
        + "); choose another point"
        + (e.op() == Op.POW
            ? ", or make the exponent a constant, as in x^2 or pow(x, 3), to allow a negative base"
            : "");
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
     * {@code {"variables":[...],"outputs":[...],"names":[...],"jacobian":{"forward":[[...]],
     * "reverse":...,"dual":...}}} and a newline; {@code names} are the outputs' names (the
     * expression text, or the name bound by {@code name = expr}).
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
      var names = root.putArray("names");
      outputs.forEach(names::add);
      var jac = root.putObject("jacobian");
      jac.set("forward", Json.matrix(forward));
      jac.set("reverse", Json.matrix(reverse));
      jac.set("dual", Json.matrix(dual));
      return Json.write(root);
    }

    /**
     * One block per output: its value, then ∂/∂v by each method, one row per variable. Names
     * longer than {@link Output#LABEL_WIDTH} columns are shortened with "…"; wide characters are
     * aligned by their display width.
     */
    String toText(Point point) {
      StringBuilder sb = new StringBuilder();
      sb.append("at ")
          .append(variables.isEmpty() ? "(no variables)" : point.toString())
          .append('\n');
      List<String> rowLabels = new ArrayList<>();
      int width = DisplayWidth.of("∂/∂");
      for (String v : variables) {
        String label = "∂/∂" + Output.label(v);
        rowLabels.add(label);
        width = Math.max(width, DisplayWidth.of(label));
      }
      for (int j = 0; j < outputs.size(); j++) {
        sb.append('\n')
            .append(Output.label(outputs.get(j)))
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
        row(sb, "", width, col, "forward", "reverse", "dual");
        for (int i = 0; i < variables.size(); i++) {
          row(sb, rowLabels.get(i), width, col, cells[i][0], cells[i][1], cells[i][2]);
        }
      }
      return sb.toString();
    }

    private static void row(
        StringBuilder sb, String label, int width, int col, String a, String b, String c) {
      sb.append("  ")
          .append(DisplayWidth.padRight(label, width))
          .append("  ")
          .append(DisplayWidth.padLeft(a, col))
          .append("  ")
          .append(DisplayWidth.padLeft(b, col))
          .append("  ")
          .append(DisplayWidth.padLeft(c, col))
          .append('\n');
    }
  }
}
