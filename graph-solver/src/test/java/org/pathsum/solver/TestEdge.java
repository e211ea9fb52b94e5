package org.pathsum.solver;

/**
 * An edge of the test graphs: identity equality, so two edges between the same vertices are
 * distinct parallel edges, and a readable name.
 */
final class TestEdge {

  private final int id;

  TestEdge(int id) {
    this.id = id;
  }

  int id() {
    return id;
  }

  @Override
  public String toString() {
    return "e" + id;
  }
}
