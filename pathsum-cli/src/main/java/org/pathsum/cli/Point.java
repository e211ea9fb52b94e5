package org.pathsum.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The point of {@code --at x=3,y=5}: variable names in the order given, with their values.
 * Immutable.
 */
final class Point {

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  private final List<String> names;
  private final double[] values;

  private Point(List<String> names, double[] values) {
    this.names = List.copyOf(names);
    this.values = values;
  }

  /**
   * Parses the values of every {@code --at} option; each is a comma-separated list of {@code
   * NAME=VALUE} items. O(total length).
   *
   * @throws InputException naming the item that is empty, lacks '=', has a bad name or a value that
   *     is not a finite decimal number, or repeats a variable
   */
  static Point parse(List<String> options) {
    Map<String, Double> point = new LinkedHashMap<>();
    for (String option : options) {
      for (String raw : option.split(",", -1)) {
        String item = raw.strip();
        if (item.isEmpty()) {
          throw new InputException(
              "--at '"
                  + option
                  + "' has an empty item; write NAME=VALUE items"
                  + " separated by commas, e.g. --at x=3,y=5");
        }
        int eq = item.indexOf('=');
        if (eq < 0) {
          throw new InputException(
              "--at item '" + item + "' has no '='; write NAME=VALUE, e.g. x=3");
        }
        String name = item.substring(0, eq).strip();
        String value = item.substring(eq + 1).strip();
        if (!NAME.matcher(name).matches()) {
          throw new InputException(
              "--at item '"
                  + item
                  + "': '"
                  + name
                  + "' is not a variable name"
                  + " (ASCII letters a-z and A-Z, digits and '_', not starting with a digit)");
        }
        double v = NUMBER.matcher(value).matches() ? Double.parseDouble(value) : Double.NaN;
        if (!Double.isFinite(v)) {
          throw new InputException(
              "--at item '" + item + "': '" + value + "' is not a finite decimal number");
        }
        if (point.put(name, v) != null) {
          throw new InputException("--at gives variable '" + name + "' twice; give it once");
        }
      }
    }
    double[] values = new double[point.size()];
    int i = 0;
    for (double v : point.values()) {
      values[i++] = v;
    }
    return new Point(new ArrayList<>(point.keySet()), values);
  }

  /** The variable names, in the order given. */
  List<String> names() {
    return names;
  }

  /** The values, in the order of {@link #names()}; a copy. */
  double[] values() {
    return values.clone();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      sb.append(i == 0 ? "" : ", ")
          .append(names.get(i))
          .append(" = ")
          .append(Output.number(values[i]));
    }
    return sb.toString();
  }
}
