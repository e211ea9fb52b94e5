package org.pathsum.benchmarks.paths;

import java.util.Set;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.SemiringProperty;

/**
 * A {@link DoubleSemiring} delegating to another under a class the library does not know, so that
 * sweeps over it take the generic (interface-call) kernel.
 *
 * <p>A benchmark input (the generic-kernel row of the sweep benchmarks), kept in the benchmarks'
 * main code because the runnable benchmark jar needs it; the tests use the same semiring from
 * graph-solver's test-jar, {@code org.pathsum.solver.testing.OpaqueDoubleSemiring}.
 */
final class OpaqueDoubleSemiring implements DoubleSemiring {

  private final DoubleSemiring base;

  OpaqueDoubleSemiring(DoubleSemiring base) {
    this.base = base;
  }

  @Override
  public double zeroAsDouble() {
    return base.zeroAsDouble();
  }

  @Override
  public double oneAsDouble() {
    return base.oneAsDouble();
  }

  @Override
  public double plusAsDouble(double a, double b) {
    return base.plusAsDouble(a, b);
  }

  @Override
  public double timesAsDouble(double a, double b) {
    return base.timesAsDouble(a, b);
  }

  @Override
  public boolean equivalentAsDouble(double a, double b) {
    return base.equivalentAsDouble(a, b);
  }

  @Override
  public Set<SemiringProperty> properties() {
    return base.properties();
  }

  @Override
  public String name() {
    return "opaque(" + base.name() + ")";
  }
}
