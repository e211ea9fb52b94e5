package com.example;

import org.pathsum.solver.internal.compiled.DagSweeps;

/** Does not compile: org.pathsum.solver.internal.compiled is not exported to this module. */
public final class UsesInternals {

  private UsesInternals() {}

  /** The sweeps' class, named through the internal package. */
  public static Class<?> sweeps() {
    return DagSweeps.class;
  }
}
