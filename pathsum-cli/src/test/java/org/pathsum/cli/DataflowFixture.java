package org.pathsum.cli;

/** Compiled test input for {@code dataflow}: a static field written in a callee. */
final class DataflowFixture {

  static int counter;

  private DataflowFixture() {}

  static int caller(int x) {
    counter = x;
    bump();
    return counter + x;
  }

  static void bump() {
    counter = counter + 1;
  }
}
