package org.pathsum.ad.expr;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pathsum.ad.Op;

/**
 * A node of the expression AST: a {@link Constant}, a {@link Variable}, a {@link PowConst} ({@code
 * a^c} with a literal exponent) or an {@link Apply} of an {@link Op} to operands. Every node knows
 * the 1-based line and column of the token it came from.
 *
 * <p>Nodes are immutable and compare by identity: trees may be 10⁵ levels deep (a long sum is a
 * deep left spine), and a recursive structural {@code equals} would overflow the stack. Compare
 * trees by {@link #render(Expr)} instead, which is iterative.
 */
abstract sealed class Expr permits Expr.Constant, Expr.Variable, Expr.PowConst, Expr.Apply {

  private final int line;
  private final int column;

  private Expr(int line, int column) {
    this.line = line;
    this.column = column;
  }

  /** The 1-based source line of this node's token. */
  public final int line() {
    return line;
  }

  /** The 1-based source column of this node's token. */
  public final int column() {
    return column;
  }

  /**
   * This tree fully parenthesized, e.g. {@code -x^2} renders as {@code (-(x^2))} and {@code max(1,
   * x*y)} as {@code max(1, (x*y))}. Constants print compactly ({@code 2}, not {@code 2.0}). O(size
   * of the tree), iterative.
   */
  public static String render(Expr root) {
    Objects.requireNonNull(root, "root");
    StringBuilder out = new StringBuilder();
    Deque<Object> work = new ArrayDeque<>(); // Expr to expand or String to print, in order
    work.push(root);
    while (!work.isEmpty()) {
      Object item = work.pop();
      if (item instanceof String s) {
        out.append(s);
      } else if (item instanceof Constant c) {
        String number = formatNumber(c.value());
        out.append(number.startsWith("-") ? "(" + number + ")" : number);
      } else if (item instanceof Variable v) {
        out.append(v.name());
      } else if (item instanceof PowConst p) {
        work.push("^" + formatNumber(p.exponent()) + ")");
        work.push(p.base());
        work.push("(");
      } else {
        pushApply((Apply) item, work);
      }
    }
    return out.toString();
  }

  private static void pushApply(Apply a, Deque<Object> work) {
    List<Expr> xs = a.operands();
    Optional<String> infix = infixSymbol(a.op());
    if (a.op() == Op.NEG) {
      work.push(")");
      work.push(xs.get(0));
      work.push("(-");
    } else if (infix.isPresent()) {
      work.push(")");
      work.push(xs.get(1));
      work.push(infix.get());
      work.push(xs.get(0));
      work.push("(");
    } else {
      work.push(")");
      for (int i = xs.size() - 1; i >= 0; i--) {
        work.push(xs.get(i));
        if (i > 0) {
          work.push(", ");
        }
      }
      work.push(a.op().functionName() + "(");
    }
  }

  private static Optional<String> infixSymbol(Op op) {
    switch (op) {
      case ADD:
      case SUB:
      case MUL:
      case DIV:
        return Optional.of(op.functionName());
      default:
        return Optional.empty();
    }
  }

  /** {@code 2} for 2.0, {@code 0.5} for 0.5, {@code 1.0E-9} as Java prints it otherwise. */
  static String formatNumber(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  /** A numeric literal (a unary minus directly on a literal is folded into it). */
  public static final class Constant extends Expr {
    private final double value;

    Constant(double value, int line, int column) {
      super(line, column);
      this.value = value;
    }

    /** The literal's value; finite. */
    public double value() {
      return value;
    }
  }

  /** A use of a name: an input variable or a name bound by an earlier statement. */
  public static final class Variable extends Expr {
    private final String name;

    Variable(String name, int line, int column) {
      super(line, column);
      this.name = name;
    }

    /** The name as written. */
    public String name() {
      return name;
    }
  }

  /** {@code base ^ exponent} where the exponent is a (possibly negated) numeric literal. */
  public static final class PowConst extends Expr {
    private final Expr base;
    private final double exponent;

    PowConst(Expr base, double exponent, int line, int column) {
      super(line, column);
      this.base = base;
      this.exponent = exponent;
    }

    /** The base. */
    public Expr base() {
      return base;
    }

    /** The constant exponent. */
    public double exponent() {
      return exponent;
    }
  }

  /**
   * An operation applied to operands: an operator ({@link Op#ADD}, {@link Op#SUB}, {@link Op#MUL},
   * {@link Op#DIV}, {@link Op#NEG}, {@link Op#POW} for {@code a^b} with a non-literal exponent) or
   * a function call. The operand count is within the op's arity.
   */
  public static final class Apply extends Expr {
    private final Op op;
    private final List<Expr> operands;

    Apply(Op op, List<Expr> operands, int line, int column) {
      super(line, column);
      this.op = op;
      this.operands = List.copyOf(operands);
    }

    /** The operation. */
    public Op op() {
      return op;
    }

    /** The operands in order; immutable. */
    public List<Expr> operands() {
      return operands;
    }
  }
}
