package org.pathsum.solver.testing;

/**
 * An edge of the test graphs: identity equality, so two edges between the same vertices are
 * distinct parallel edges, and a readable name.
 */
public final class TestEdge {

  private final int id;

  public TestEdge(int id) {
    this.id = id;
  }

  public int id() {
    return id;
  }

  @Override
  public String toString() {
    return "e" + id;
  }
}
