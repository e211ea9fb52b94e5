package org.pathsum.cli;

import java.util.Optional;

/**
 * An edge read from a graph file: its weight as written (absent for an unweighted edge) and where
 * it was written. Compared by identity, so parallel edges between the same vertices stay distinct.
 */
final class FileEdge {

  private final Optional<String> weightText;
  private final String location;

  /**
   * @param weightText the weight as written in the file; empty if the file gives none
   * @param location where, for messages: {@code "FILE:LINE:COLUMN"} of the weight (or of the
   *     edge), or for DOT without a position {@code "FILE: edge a -> b"}
   */
  FileEdge(Optional<String> weightText, String location) {
    this.weightText = weightText;
    this.location = location;
  }

  /** The weight as written; empty if the file gives none. */
  Optional<String> weightText() {
    return weightText;
  }

  /** Where the weight (or the edge) was written, for messages. */
  String location() {
    return location;
  }

  @Override
  public String toString() {
    return location + " (" + weightText.orElse("no weight") + ")";
  }
}
