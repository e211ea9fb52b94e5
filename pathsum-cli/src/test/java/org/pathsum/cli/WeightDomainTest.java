package org.pathsum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How each semiring's weights are read: what is accepted (and as what) and what is refused. */
class WeightDomainTest {

  @ParameterizedTest(name = "{0} reads {1} as {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "real       | 2.5       | 2.5",
        "real       | -1e-3     | -0.001",
        "real       | .5        | 0.5",
        "tropical   | inf       | inf",
        "tropical   | +Infinity | inf",
        "tropical   | -3        | -3",
        "max-plus   | -inf      | -inf",
        "bottleneck | -INF      | -inf",
        "bottleneck | inf       | inf",
        "log        | -inf      | -inf",
        "log        | -0.5      | -0.5",
        "log        | 2         | 2",
        "real       | -0        | 0",
        "viterbi    | 0         | 0",
        "viterbi    | 1         | 1",
        "viterbi    | 0.25      | 0.25",
        "boolean    | TRUE      | true",
        "boolean    | 0         | false",
        "counting   | 0         | 0",
        "counting   | +7        | 7",
        "counting   | 9223372036854775807 | 9223372036854775807",
        "counting   | 9223372036854775808 | 9223372036854775808",
        "expectation | 0.5:-1.25 | [0.5, -1.25]",
        "expectation | 1:0       | [1, 0]",
        "provenance | x_1       | x_1",
      })
  void accepts(String semiring, String text, String printed) {
    WeightDomain<?> d = WeightDomain.byName(semiring);
    assertEquals(printed, print(d, text));
  }

  private static <W> String print(WeightDomain<W> d, String text) {
    return d.toText(d.parse(text, "here"));
  }

  @ParameterizedTest(name = "{0} refuses {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "real       | inf",
        "real       | NaN",
        "real       | 1e999",
        "real       | 0x10",
        "real       | 1f",
        "tropical   | -inf",
        "max-plus   | inf",
        "log        | inf",
        "log        | NaN",
        "viterbi    | 1.5",
        "viterbi    | -0.1",
        "boolean    | yes",
        "boolean    | 2",
        "counting   | -1",
        "counting   | 1.0",
        "expectation | 0.5",
        "expectation | 0.5:inf",
        "expectation | 1:2:3",
        "provenance | a*b",
        "provenance | f(x)",
      })
  void refusesNamingWhere(String semiring, String text) {
    InputException e =
        assertThrows(
            InputException.class, () -> WeightDomain.byName(semiring).parse(text, "g.txt:4:9"));
    assertTrue(e.getMessage().startsWith("g.txt:4:9: weight '" + text + "'"), e.getMessage());
  }

  @Test
  void unknownNameIsBadInput() {
    assertThrows(InputException.class, () -> WeightDomain.byName("complex"));
    assertThrows(InputException.class, () -> WeightDomain.byName("Tropical"));
  }

  @Test
  void zeroIsExactNotWithinTolerance() {
    WeightDomain<?> real = WeightDomain.byName("real");
    assertTrue(isZero(real, "0"));
    assertTrue(isZero(real, "-0"));
    assertTrue(!isZero(real, "1e-300"));
    assertTrue(isZero(WeightDomain.byName("tropical"), "inf"));
    assertTrue(isZero(WeightDomain.byName("boolean"), "false"));
    assertTrue(isZero(WeightDomain.byName("counting"), "0"));
  }

  private static <W> boolean isZero(WeightDomain<W> d, String text) {
    return d.isZero(d.parse(text, "here"));
  }
}
