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

  /** The spellings of {@code pathsum paths}: {@code inf} in text, a zero without its sign. */
  @Test
  void infinitiesAndZerosLikePathsumPaths() {
    assertEquals("inf", JsonText.text(Double.POSITIVE_INFINITY));
    assertEquals("-inf", JsonText.text(Double.NEGATIVE_INFINITY));
    assertEquals("0", JsonText.text(-0.0));
    assertEquals("0.0", JsonText.value(-0.0));
    assertEquals("1.0E15", JsonText.text(1e15));
    assertEquals("999999999999999", JsonText.text(999_999_999_999_999.0));
    assertEquals("false", JsonText.text(false));
    assertEquals("7", JsonText.text(7L));
  }
}
