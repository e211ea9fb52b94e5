package org.pathsum.cli;

import java.util.Objects;
import java.util.Set;
import org.pathsum.semiring.ConvergenceProjection;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.SemiringProperty;

/**
 * A semiring under the name the command line gives it, so that a refusal the library words with
 * {@link Semiring#name()} names what the user typed: {@code --semiring counting} runs the library's
 * exact-counting semiring, and its refusals say "counting semiring", as {@code ./pathsum-spark}'s
 * do. Everything but the name is the wrapped semiring's, so the solvers, which choose a strategy
 * from declared properties, treat it the same.
 *
 * <p>Only for semirings that declare nothing beyond {@link Semiring}: a {@link DoubleSemiring}'s
 * arithmetic or a {@link ConvergenceProjection} would be hidden by the wrapper.
 */
final class NamedSemiring<W> implements Semiring<W> {

  private final String name;
  private final Semiring<W> semiring;

  NamedSemiring(String name, Semiring<W> semiring) {
    if (semiring instanceof DoubleSemiring || semiring instanceof ConvergenceProjection) {
      throw new IllegalArgumentException(
          "the wrapper would hide what " + semiring.name() + " declares");
    }
    this.name = Objects.requireNonNull(name, "name");
    this.semiring = semiring;
  }

  @Override
  public W zero() {
    return semiring.zero();
  }

  @Override
  public W one() {
    return semiring.one();
  }

  @Override
  public W plus(W a, W b) {
    return semiring.plus(a, b);
  }

  @Override
  public W times(W a, W b) {
    return semiring.times(a, b);
  }

  @Override
  public Set<SemiringProperty> properties() {
    return semiring.properties();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean equivalent(W a, W b) {
    return semiring.equivalent(a, b);
  }

  @Override
  public boolean isZero(W w) {
    return semiring.isZero(w);
  }

  @Override
  public boolean isMember(W w) {
    return semiring.isMember(w);
  }

  @Override
  public W star(W a) {
    return semiring.star(a);
  }

  @Override
  public String toString() {
    return name + " (" + semiring + ")";
  }
}
