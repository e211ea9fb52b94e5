package org.pathsum.spark;

/**
 * How many terminal columns text takes, for aligning columns of names: East Asian wide and
 * fullwidth characters (CJK ideographs, kana, Hangul, fullwidth forms, most emoji) take two,
 * combining marks and format characters (e.g. zero-width joiner) none, everything else one.
 *
 * <p>The wide ranges are a small table after Unicode's EastAsianWidth.txt (properties W and F),
 * covering the blocks that matter for names; ambiguous-width characters count as narrow, as in
 * most terminals outside East Asian locales. Cost O(length) per string, O(log table) per code
 * point.
 *
 * <p>A copy of {@code pathsum-cli}'s {@code DisplayWidth}, written a second time on purpose:
 * spark-solver may not depend on the CLI module (its picocli and Jackson stay there), and {@code
 * pathsum-spark paths} must pad and cut names in its text table exactly as {@code pathsum paths}
 * does. A test holds the two to the same width for every code point.
 */
final class DisplayWidth {

  /** Inclusive [start, end] code point ranges of width 2, sorted. */
  private static final int[][] WIDE = {
    {0x1100, 0x115F}, // Hangul Jamo initial consonants
    {0x231A, 0x231B},
    {0x2329, 0x232A},
    {0x23E9, 0x23EC},
    {0x23F0, 0x23F0},
    {0x23F3, 0x23F3},
    {0x25FD, 0x25FE},
    {0x2614, 0x2615},
    {0x2648, 0x2653},
    {0x267F, 0x267F},
    {0x2693, 0x2693},
    {0x26A1, 0x26A1},
    {0x26AA, 0x26AB},
    {0x26BD, 0x26BE},
    {0x26C4, 0x26C5},
    {0x26CE, 0x26CE},
    {0x26D4, 0x26D4},
    {0x26EA, 0x26EA},
    {0x26F2, 0x26F3},
    {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},
    {0x26FD, 0x26FD},
    {0x2705, 0x2705},
    {0x270A, 0x270B},
    {0x2728, 0x2728},
    {0x274C, 0x274C},
    {0x274E, 0x274E},
    {0x2753, 0x2755},
    {0x2757, 0x2757},
    {0x2795, 0x2797},
    {0x27B0, 0x27B0},
    {0x27BF, 0x27BF},
    {0x2B1B, 0x2B1C},
    {0x2B50, 0x2B50},
    {0x2B55, 0x2B55},
    {0x2E80, 0x303E}, // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
    {0x3041, 0x33FF}, // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, ..., CJK compat
    {0x3400, 0x4DBF}, // CJK extension A
    {0x4E00, 0x9FFF}, // CJK unified ideographs
    {0xA000, 0xA4CF}, // Yi
    {0xA960, 0xA97F}, // Hangul Jamo extended A
    {0xAC00, 0xD7A3}, // Hangul syllables
    {0xF900, 0xFAFF}, // CJK compatibility ideographs
    {0xFE10, 0xFE19}, // vertical forms
    {0xFE30, 0xFE6F}, // CJK compatibility forms, small form variants
    {0xFF00, 0xFF60}, // fullwidth forms
    {0xFFE0, 0xFFE6},
    {0x16FE0, 0x16FE4},
    {0x17000, 0x18CFF}, // Tangut
    {0x1AFF0, 0x1B2FF}, // Kana supplement and extensions, Nushu
    {0x1F004, 0x1F004},
    {0x1F0CF, 0x1F0CF},
    {0x1F18E, 0x1F18E},
    {0x1F191, 0x1F19A},
    {0x1F200, 0x1F202},
    {0x1F210, 0x1F23B},
    {0x1F240, 0x1F248},
    {0x1F250, 0x1F251},
    {0x1F260, 0x1F265},
    {0x1F300, 0x1F64F}, // pictographs and emoticons
    {0x1F680, 0x1F6FF}, // transport and map symbols
    {0x1F7E0, 0x1F7EB},
    {0x1F90C, 0x1F9FF}, // supplemental symbols and pictographs
    {0x1FA70, 0x1FAFF},
    {0x20000, 0x2FFFD}, // CJK extensions B..F, compatibility supplement
    {0x30000, 0x3FFFD}, // CJK extensions G, H
  };

  private DisplayWidth() {}

  /** The columns {@code s} takes on a terminal. */
  static int of(String s) {
    int n = s.length();
    int ascii = 0;
    while (ascii < n && s.charAt(ascii) >= 0x20 && s.charAt(ascii) < 0x7F) {
      ascii++;
    }
    if (ascii == n) {
      return n; // printable ASCII, one column each: the common case, without the table
    }
    int width = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      width += of(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  /** The columns one code point takes: 0, 1 or 2. */
  static int of(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || type == Character.CONTROL) {
      return 0;
    }
    int lo = 0;
    int hi = WIDE.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (cp < WIDE[mid][0]) {
        hi = mid - 1;
      } else if (cp > WIDE[mid][1]) {
        lo = mid + 1;
      } else {
        return 2;
      }
    }
    return 1;
  }

  /**
   * {@code s} if it takes at most {@code max} columns, otherwise its longest prefix that fits in
   * {@code max - 1} columns followed by {@code "…"}.
   *
   * @param max at least 1
   */
  static String shorten(String s, int max) {
    if (of(s) <= max) {
      return s;
    }
    StringBuilder sb = new StringBuilder();
    int width = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int w = of(cp);
      if (width + w > max - 1) {
        break;
      }
      sb.appendCodePoint(cp);
      width += w;
      i += Character.charCount(cp);
    }
    return sb.append('…').toString();
  }

  /** {@code s} followed by spaces up to {@code width} columns (none if it is already as wide). */
  static String padRight(String s, int width) {
    int pad = width - of(s);
    return pad <= 0 ? s : s + " ".repeat(pad);
  }
}
