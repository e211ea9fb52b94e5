package org.pathsum.semiring;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * An immutable regular expression over edge names: a <em>path expression</em> in Tarjan's sense,
 * whose language is a set of paths. Built by {@link #empty()}, {@link #epsilon()}, {@link
 * #symbol(String)} and the operations of {@link Semirings#pathExpressions()}: union (⊕),
 * concatenation in path order (⊗) and Kleene star.
 *
 * <p>Only the trivial identities are applied when building: ∅ is the identity of union and
 * annihilates concatenation, ε is the identity of concatenation, and {@code ∅* = ε* = ε}, {@code
 * (r*)* = r*}. Equality is structural.
 *
 * <p>{@link #toString()} writes union as {@code |}, concatenation as {@code ·}, star as {@code *},
 * ε and ∅ as themselves, with the fewest parentheses (star binds tightest, union loosest).
 * Equality, hashing and printing use explicit stacks, so deeply nested expressions do not overflow
 * the call stack. Printing costs O(size).
 */
public final class PathExpression {

  enum Kind {
    EMPTY,
    EPSILON,
    SYMBOL,
    UNION,
    CONCAT,
    STAR
  }

  private static final PathExpression EMPTY = new PathExpression(Kind.EMPTY, "", null, null);
  private static final PathExpression EPSILON = new PathExpression(Kind.EPSILON, "", null, null);

  final Kind kind;
  private final String symbol;
  final PathExpression left;
  final PathExpression right;
  private final int hash;

  private PathExpression(Kind kind, String symbol, PathExpression left, PathExpression right) {
    this.kind = kind;
    this.symbol = symbol;
    this.left = left;
    this.right = right;
    int h = kind.hashCode() * 31 + symbol.hashCode();
    h = h * 31 + (left == null ? 0 : left.hash);
    this.hash = h * 31 + (right == null ? 0 : right.hash);
  }

  /** ∅: the empty set of paths (the semiring's zero). */
  public static PathExpression empty() {
    return EMPTY;
  }

  /** ε: the empty path alone (the semiring's one). */
  public static PathExpression epsilon() {
    return EPSILON;
  }

  /**
   * The one-edge path named {@code name}.
   *
   * @throws IllegalArgumentException if {@code name} is empty
   */
  public static PathExpression symbol(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("an edge name must not be empty; give the edge a name");
    }
    return new PathExpression(Kind.SYMBOL, name, null, null);
  }

  static PathExpression union(PathExpression a, PathExpression b) {
    if (a.kind == Kind.EMPTY) {
      return b;
    }
    if (b.kind == Kind.EMPTY) {
      return a;
    }
    return new PathExpression(Kind.UNION, "", a, b);
  }

  static PathExpression concat(PathExpression a, PathExpression b) {
    if (a.kind == Kind.EMPTY || b.kind == Kind.EMPTY) {
      return EMPTY;
    }
    if (a.kind == Kind.EPSILON) {
      return b;
    }
    if (b.kind == Kind.EPSILON) {
      return a;
    }
    return new PathExpression(Kind.CONCAT, "", a, b);
  }

  static PathExpression star(PathExpression a) {
    if (a.kind == Kind.EMPTY || a.kind == Kind.EPSILON) {
      return EPSILON;
    }
    if (a.kind == Kind.STAR) {
      return a;
    }
    return new PathExpression(Kind.STAR, "", a, null);
  }

  /** Whether this is ∅, the expression of no path at all. */
  public boolean isEmpty() {
    return kind == Kind.EMPTY;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PathExpression)) {
      return false;
    }
    Deque<PathExpression[]> stack = new ArrayDeque<>();
    stack.push(new PathExpression[] {this, (PathExpression) o});
    while (!stack.isEmpty()) {
      PathExpression[] pair = stack.pop();
      PathExpression a = pair[0];
      PathExpression b = pair[1];
      if (a == b) {
        continue;
      }
      if (a.hash != b.hash || a.kind != b.kind || !a.symbol.equals(b.symbol)) {
        return false;
      }
      if (a.left != null) {
        stack.push(new PathExpression[] {a.left, b.left});
      }
      if (a.right != null) {
        stack.push(new PathExpression[] {a.right, b.right});
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    // Items are expressions to print, or strings to append verbatim.
    Deque<Object> stack = new ArrayDeque<>();
    stack.push(this);
    while (!stack.isEmpty()) {
      Object item = stack.pop();
      if (item instanceof String) {
        sb.append((String) item);
        continue;
      }
      PathExpression e = (PathExpression) item;
      switch (e.kind) {
        case EMPTY:
          sb.append('∅');
          break;
        case EPSILON:
          sb.append('ε');
          break;
        case SYMBOL:
          sb.append(e.symbol);
          break;
        case UNION:
          stack.push(e.right);
          stack.push("|");
          stack.push(e.left);
          break;
        case CONCAT:
          pushWrapped(stack, e.right, e.right.kind == Kind.UNION);
          stack.push("·");
          pushWrapped(stack, e.left, e.left.kind == Kind.UNION);
          break;
        default: // STAR
          stack.push("*");
          pushWrapped(stack, e.left, e.left.kind == Kind.UNION || e.left.kind == Kind.CONCAT);
          break;
      }
    }
    return sb.toString();
  }

  private static void pushWrapped(Deque<Object> stack, PathExpression e, boolean wrap) {
    if (wrap) {
      stack.push(")");
      stack.push(e);
      stack.push("(");
    } else {
      stack.push(e);
    }
  }
}
