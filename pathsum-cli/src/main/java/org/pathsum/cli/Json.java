package org.pathsum.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.pathsum.ad.Jacobian;

/** Jackson helpers: compact one-line JSON, non-finite numbers as strings. */
final class Json {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /**
   * A JSON number, or for a non-finite value the string {@code "Infinity"}, {@code "-Infinity"} or
   * {@code "NaN"} (JSON has no such numbers). {@code -0.0} is written as {@code 0.0}.
   */
  static JsonNode number(double v) {
    // + 0.0 turns -0.0 into 0.0: a zero is printed the same way whatever its sign
    return Double.isFinite(v)
        ? JsonNodeFactory.instance.numberNode(v + 0.0)
        : JsonNodeFactory.instance.textNode(Double.toString(v));
  }

  /** The Jacobian as an array of rows (outputs) of numbers (one per input). */
  static ArrayNode matrix(Jacobian j) {
    ArrayNode rows = JsonNodeFactory.instance.arrayNode();
    for (int r = 0; r < j.rows(); r++) {
      ArrayNode row = rows.addArray();
      for (int c = 0; c < j.columns(); c++) {
        row.add(number(j.get(r, c)));
      }
    }
    return rows;
  }

  /** {@code node} as one line of JSON followed by a newline. */
  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize a JSON tree: " + e.getMessage(), e);
    }
  }
}
