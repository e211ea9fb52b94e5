package org.pathsum.cli;

/**
 * An edge read from a graph file: its weight as written and where it was written. Compared by
 * identity, so parallel edges between the same vertices stay distinct.
 */
final class FileEdge {

  private final String weightText;
  private final String location;

  /**
   * @param weightText the weight as written in the file
   * @param location where, for messages: {@code "FILE:LINE:COLUMN"} of the weight, or for DOT
   *     {@code "FILE: edge a -> b"}
   */
  FileEdge(String weightText, String location) {
    this.weightText = weightText;
    this.location = location;
  }

  /** The weight as written. */
  String weightText() {
    return weightText;
  }

  /** Where the weight was written, for messages. */
  String location() {
    return location;
  }

  @Override
  public String toString() {
    return location + " (" + weightText + ")";
  }
}
