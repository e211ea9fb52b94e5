package org.pathsum.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The escaper and number forms match Jackson's defaults, which `pathsum paths --json` uses. */
class JsonTextTest {

  @Test
  void escapesQuotesBackslashesAndControlCharacters() {
    assertEquals("\"New York\"", JsonText.string("New York"));
    assertEquals("\"a\\\"b\\\\c\"", JsonText.string("a\"b\\c"));
    assertEquals("\"\\b\\t\\n\\f\\r\\u0001\\u001F\"", JsonText.string("\b\t\n\f\r\u0001\u001f"));
    assertEquals("\"é/→\u007f\"", JsonText.string("é/→\u007f"));
  }

  @Test
  void numbersLikeJackson() {
    assertEquals("155.0", JsonText.value(155.0));
    assertEquals("1.0E-5", JsonText.value(1e-5));
    assertEquals("\"Infinity\"", JsonText.value(Double.POSITIVE_INFINITY));
    assertEquals("\"-Infinity\"", JsonText.value(Double.NEGATIVE_INFINITY));
    assertEquals("42", JsonText.value(42L));
    assertEquals("true", JsonText.value(true));
    assertEquals("920", JsonText.text(920.0));
    assertEquals("0.5", JsonText.text(0.5));
  }
}
