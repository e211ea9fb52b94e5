package org.pathsum.semiring;

import com.google.common.collect.Sets;
import java.util.Set;

/**
 * The semiring of {@link PathExpression path expressions}: regular expressions over edge names,
 * with ⊕ = union, ⊗ = concatenation in path order, 0̄ = ∅, 1̄ = ε and a total Kleene star. Solving
 * a path problem in it (label each edge with {@link PathExpression#symbol} of its name) yields, for
 * every pair, an expression whose language is exactly the set of paths between them: Tarjan's path
 * expressions, and the symbolic form of every other path problem on the graph.
 *
 * <p><b>Laws.</b> As languages, every semiring law holds and ⊕ is idempotent. As structures only
 * the trivial identities hold ({@link PathExpression}), so {@link Semiring#equivalent} is
 * structural equality and the semiring claims no property but {@link SemiringProperty#STAR}: ⊗ is
 * not commutative, which makes it the test case for operand order.
 */
final class PathExpressionSemiring implements Semiring<PathExpression> {

  static final PathExpressionSemiring INSTANCE = new PathExpressionSemiring();

  private static final Set<SemiringProperty> PROPERTIES =
      Sets.immutableEnumSet(SemiringProperty.STAR);

  private PathExpressionSemiring() {}

  @Override
  public PathExpression zero() {
    return PathExpression.empty();
  }

  @Override
  public PathExpression one() {
    return PathExpression.epsilon();
  }

  @Override
  public PathExpression plus(PathExpression a, PathExpression b) {
    return PathExpression.union(a, b);
  }

  @Override
  public PathExpression times(PathExpression a, PathExpression b) {
    return PathExpression.concat(a, b);
  }

  @Override
  public PathExpression star(PathExpression a) {
    return PathExpression.star(a);
  }

  @Override
  public Set<SemiringProperty> properties() {
    return PROPERTIES;
  }

  @Override
  public String name() {
    return "path-expression";
  }

  @Override
  public String toString() {
    return name();
  }
}
