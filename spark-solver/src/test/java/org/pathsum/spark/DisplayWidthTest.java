package org.pathsum.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * spark-solver's {@link DisplayWidth} is a copy of pathsum-cli's (spark-solver may not depend on
 * the CLI module at run time): the two give every code point the same width and cut and pad names
 * alike, so that the text tables of {@code pathsum paths} and {@code pathsum-spark paths} line up
 * the same. The CLI's class is package-private and reached by reflection (tests run on the class
 * path).
 */
class DisplayWidthTest {

  private static MethodHandle cli(String name, MethodType type) throws ReflectiveOperationException {
    Class<?> c = Class.forName("org.pathsum.cli.DisplayWidth");
    var m = c.getDeclaredMethod(name, type.parameterArray());
    m.setAccessible(true);
    return MethodHandles.lookup().unreflect(m);
  }

  @Test
  void namesAndMessagesAreCutAtPathsumsWidths() throws ReflectiveOperationException {
    Class<?> output = Class.forName("org.pathsum.cli.Output");
    for (var f : List.of("LABEL_WIDTH", "MESSAGE_WIDTH")) {
      var field = output.getDeclaredField(f);
      field.setAccessible(true);
      int spark =
          f.equals("LABEL_WIDTH") ? PathsReport.LABEL_WIDTH : SparkPathSumsMain.MESSAGE_WIDTH;
      assertEquals(field.getInt(null), spark, f);
    }
  }

  @Test
  void everyCodePointHasTheWidthPathsumGivesIt() throws Throwable {
    MethodHandle of = cli("of", MethodType.methodType(int.class, int.class));
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      int expected = (int) of.invoke(cp);
      if (expected != DisplayWidth.of(cp)) {
        assertEquals(expected, DisplayWidth.of(cp), "code point U+" + Integer.toHexString(cp));
      }
    }
  }

  @Test
  void namesAreCutAndPaddedAsPathsumDoes() throws Throwable {
    MethodHandle of = cli("of", MethodType.methodType(int.class, String.class));
    MethodHandle shorten = cli("shorten", MethodType.methodType(String.class, String.class, int.class));
    MethodHandle pad = cli("padRight", MethodType.methodType(String.class, String.class, int.class));
    List<String> names =
        List.of(
            "v1",
            "東京",
            "e\u0301te\u0301",
            "a\u200Db",
            "😀 emoji",
            "x".repeat(60),
            "名前がとても長い頂点の名前はここで切られるはずです名前がとても長い",
            "𠀀𠀁𠀂",
            "tab\there");
    for (String n : names) {
      assertEquals((int) of.invoke(n), DisplayWidth.of(n), n);
      for (int max : new int[] {1, 2, 5, 48}) {
        assertEquals((String) shorten.invoke(n, max), DisplayWidth.shorten(n, max), n + " " + max);
      }
      assertEquals((String) pad.invoke(n, 50), DisplayWidth.padRight(n, 50), n);
      assertEquals(
          (String) shorten.invoke(n, PathsReport.LABEL_WIDTH), PathsReport.label(n), n);
    }
  }
}
