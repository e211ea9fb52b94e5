package org.pathsum.solver.testing;

import java.util.Set;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.SemiringProperty;

/**
 * Test-only: delegates to a {@link DoubleSemiring} under another class and declares no {@linkplain
 * DoubleSemiring#arithmetic() arithmetic}, so no specialized kernel or strategy knows it: it takes
 * the generic paths, which tests hold to the specialized ones.
 */
public final class OpaqueDoubleSemiring implements DoubleSemiring {

  private final DoubleSemiring base;

  public OpaqueDoubleSemiring(DoubleSemiring base) {
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
  public boolean isMemberAsDouble(double a) {
    return base.isMemberAsDouble(a);
  }

  @Override
  public Double star(Double a) {
    return base.star(a);
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
