package org.pathsum.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Reads an edge list straight from bytes, interning each vertex name to an {@code int} id (ids in
 * order of first appearance) without a {@code String} per line or per field: one {@code String}
 * per distinct vertex only. The grammar is {@link GraphFiles}' one grammar: a line of plain ASCII
 * fields (no byte ≥ 0x80, no {@code "}) that is well formed is tokenized here, byte by byte; every
 * other line — quoted names, UTF-8 beyond ASCII, any malformed line — is decoded and handed to
 * {@link GraphFiles#readLine}, so that its meaning and its error messages are exactly those of the
 * in-memory route. A differential test holds the two to the same events on random text.
 *
 * <p>Lines end at {@code \n}, a {@code \r} before it removed (as {@code split("\r?\n", -1)}); a
 * byte-order mark at the start is skipped; the text must be strict UTF-8 (checked line by line on
 * the lines that are not ASCII, which is equivalent, since {@code \n} never occurs inside a UTF-8
 * sequence). A line may be longer than the buffer: the buffer grows to hold it.
 *
 * <p>Cost O(bytes); memory: the buffer (64 KiB unless a line is longer) and the names (their UTF-8
 * bytes, three {@code int}s and one {@code String} each, and a hash table of twice their number).
 */
final class EdgeListReader {

  /** What the reader finds, in file order; vertices are ids into {@link #names()}. */
  interface Sink {
    /** A line with one name: the vertex, isolated unless edges name it too. */
    void vertex(int v);

    /**
     * An edge; its weight is {@link #weightText()}/{@link #weightDecimal()} of the reader, valid
     * during this call only, absent ({@link #hasWeight()} false) for an unweighted edge.
     *
     * @param line the 1-based line
     * @param column the 1-based column of the weight, or of the edge when it has no weight
     */
    void edge(int from, int to, int line, int column);
  }

  /** The default size of the read buffer. */
  static final int BUFFER_BYTES = 1 << 16;

  /** {@link Character#isWhitespace} for the ASCII characters, the separator of fields. */
  private static final boolean[] SPACE = new boolean[128];

  static {
    for (int c = 0; c < 128; c++) {
      SPACE[c] = Character.isWhitespace(c);
    }
  }

  private final String name;
  private final boolean unweighted;
  private final Names names = new Names();
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private byte[] buf;

  // The weight of the edge being reported: bytes of buf, or the text of a line read as a String.
  private boolean hasWeight;
  private int weightStart;
  private int weightEnd;
  private String weightString;

  /**
   * @param name how messages name the input
   * @param unweighted whether edges may lack a weight (then no edge reports one)
   * @param bufferBytes the initial read buffer size, at least 1 (tests use tiny ones)
   */
  EdgeListReader(String name, boolean unweighted, int bufferBytes) {
    this.name = name;
    this.unweighted = unweighted;
    this.buf = new byte[Math.max(4, bufferBytes)];
  }

  /**
   * Reads {@code in} to its end into {@code sink}.
   *
   * @throws InputException at the first malformed line (name:line:column), or if the text is not
   *     UTF-8
   * @throws IOException if {@code in} fails
   */
  void read(InputStream in, Sink sink) throws IOException {
    int start = 0;
    int limit = 0;
    int scan = 0;
    boolean eof = false;
    while (limit < 3 && !eof) {
      int r = in.read(buf, limit, buf.length - limit);
      if (r < 0) {
        eof = true;
      } else {
        limit += r;
      }
    }
    if (limit >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
      start = 3;
      scan = 3;
    }
    int line = 0;
    while (true) {
      int nl = scan;
      byte[] b = buf;
      while (nl < limit && b[nl] != '\n') {
        nl++;
      }
      if (nl == limit) {
        if (!eof) {
          if (start > 0) {
            System.arraycopy(buf, start, buf, 0, limit - start);
            limit -= start;
            start = 0;
          }
          if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
          }
          scan = limit;
          int r = in.read(buf, limit, buf.length - limit);
          if (r < 0) {
            eof = true;
          } else {
            limit += r;
          }
          continue;
        }
        line(start, limit, ++line, sink);
        return;
      }
      int end = nl > start && b[nl - 1] == '\r' ? nl - 1 : nl;
      line(start, end, ++line, sink);
      start = nl + 1;
      scan = start;
    }
  }

  /** One line, bytes {@code [s, e)} of the buffer: the ASCII fast path, else the grammar's own. */
  private void line(int s, int e, int l, Sink sink) {
    byte[] b = buf;
    int f0s = 0;
    int f0e = 0;
    int f1s = 0;
    int f1e = 0;
    int f2s = 0;
    int f2e = 0;
    int fields = 0;
    int i = s;
    scan:
    while (true) {
      while (true) {
        if (i >= e) {
          break scan;
        }
        byte c = b[i];
        if (c < 0) {
          slowLine(s, e, l, sink);
          return;
        }
        if (!SPACE[c]) {
          break;
        }
        i++;
      }
      byte c = b[i];
      if (c == '#') {
        break;
      }
      if (c == '"' || fields == 3) {
        slowLine(s, e, l, sink); // quoted, or a fourth field (an error the grammar words)
        return;
      }
      int fs = i;
      while (i < e) {
        c = b[i];
        if (c < 0) {
          slowLine(s, e, l, sink);
          return;
        }
        if (SPACE[c]) {
          break; // a '#' inside a field is part of it
        }
        i++;
      }
      if (fields == 0) {
        f0s = fs;
        f0e = i;
      } else if (fields == 1) {
        f1s = fs;
        f1e = i;
      } else {
        f2s = fs;
        f2e = i;
      }
      fields++;
    }
    switch (fields) {
      case 0:
        return;
      case 1:
        sink.vertex(names.intern(b, f0s, f0e));
        return;
      case 2:
        if (!unweighted) {
          slowLine(s, e, l, sink); // the missing weight, worded by the grammar
          return;
        }
        int from = names.intern(b, f0s, f0e);
        hasWeight = false;
        weightString = null;
        sink.edge(from, names.intern(b, f1s, f1e), l, f0s - s + 1);
        return;
      default:
        int u = names.intern(b, f0s, f0e);
        int v = names.intern(b, f1s, f1e);
        hasWeight = !unweighted;
        weightString = null;
        weightStart = f2s;
        weightEnd = f2e;
        sink.edge(u, v, l, f2s - s + 1);
    }
  }

  /** A line the fast path does not take: decoded strictly and read by {@link GraphFiles}. */
  private void slowLine(int s, int e, int l, Sink sink) {
    String text;
    try {
      decoder.reset();
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(buf, s, e - s));
      text = chars.toString();
    } catch (CharacterCodingException notUtf8) {
      throw new InputException("cannot read " + name + ": it is not UTF-8 text");
    }
    GraphFiles.readLine(
        name,
        text,
        l,
        unweighted,
        new GraphFiles.EdgeSink() {
          @Override
          public void vertex(String v) {
            sink.vertex(names.intern(v));
          }

          @Override
          public void edge(String from, String to, String weight, int line, int column) {
            int u = names.intern(from);
            int w = names.intern(to);
            hasWeight = weight != null;
            weightString = weight;
            sink.edge(u, w, line, column);
          }
        });
  }

  /** Whether the edge being reported has a weight. */
  boolean hasWeight() {
    return hasWeight;
  }

  /** The weight of the edge being reported, as written (quotes removed). */
  String weightText() {
    if (weightString != null) {
      return weightString;
    }
    return new String(buf, weightStart, weightEnd - weightStart, StandardCharsets.ISO_8859_1);
  }

  /**
   * The weight of the edge being reported as {@link Double#parseDouble} reads it when it is a plain
   * decimal that {@link FastDecimal} decides exactly; {@code NaN} otherwise (then use {@link
   * #weightText()}).
   */
  double weightDecimal() {
    if (weightString != null) {
      return Double.NaN;
    }
    return FastDecimal.parse(buf, weightStart, weightEnd);
  }

  /** The vertex names, by id (first appearance order); a live, unmodifiable view. */
  List<String> names() {
    return names.view;
  }

  /** The id of vertex {@code v}, or −1 if the input does not name it. */
  int indexOf(String v) {
    byte[] b = v.getBytes(StandardCharsets.UTF_8);
    int id = names.find(b, 0, b.length);
    // A string that is not valid UTF-16 (a lone surrogate) encodes lossily: compare the strings.
    return id >= 0 && names.view.get(id).equals(v) ? id : -1;
  }

  /**
   * Names interned by their UTF-8 bytes: open addressing with linear probing, load at most ½. A
   * slot is two {@code long}s — the name's hash and id, and the name itself when it is at most 7
   * bytes long (else a marker, and the bytes are compared in the pool) — so that a lookup of a
   * short name touches one cache line. A {@code String} is made once per distinct name.
   *
   * <p>A name that is a canonical decimal number below {@value #NUMBER_LIMIT} ({@code 0}, or
   * digits without a leading zero: {@code 7} but not {@code 07} or {@code +7}, which stay other
   * names) is found by its value in a direct array instead: files that number their vertices
   * {@code 0…n−1} are common, and an array of {@code n} ints stays in cache where a hash table of
   * random probes does not. Which structure holds a name depends on its bytes only, so each name
   * is in exactly one. The array grows by doubling to cover the largest such value seen (at most
   * 4 MB).
   */
  private static final class Names {
    private static final long LONG_NAME = -1L;

    /** Canonical decimal names below this are interned by value in {@link #byNumber}. */
    static final int NUMBER_LIMIT = 1 << 20;

    private int[] byNumber = new int[0]; // value → id + 1; 0 = absent
    private int hashed; // names in the table
    private final List<String> strings = new ArrayList<>();
    final List<String> view = Collections.unmodifiableList(strings);
    private byte[] pool = new byte[1 << 16];
    private int poolSize;
    private int[] offset = new int[1024];
    private int[] length = new int[1024];
    private long[] table = new long[2 * 2048]; // per slot: hash << 32 | (id + 1), key; 0 = empty
    private int mask = 2048 - 1;

    static int hash(byte[] b, int s, int e) {
      int h = 0x9E3779B9;
      for (int i = s; i < e; i++) {
        h = 31 * h + b[i];
      }
      h ^= h >>> 16;
      h *= 0x85EBCA6B;
      h ^= h >>> 13;
      return h;
    }

    /** The key word of a name: its length and bytes if it has at most 7, else the marker. */
    private static long key(byte[] b, int s, int e) {
      int len = e - s;
      if (len > 7) {
        return LONG_NAME;
      }
      long k = (long) len << 56;
      for (int i = 0; i < len; i++) {
        k |= (b[s + i] & 0xFFL) << (8 * i);
      }
      return k;
    }

    int intern(String v) {
      byte[] b = v.getBytes(StandardCharsets.UTF_8);
      return intern(b, 0, b.length);
    }

    /**
     * The value of a name that is a canonical decimal below {@link #NUMBER_LIMIT} ({@code 0}, or
     * one to seven digits without a leading zero); −1 for any other name.
     */
    static int number(byte[] b, int s, int e) {
      int len = e - s;
      if (len == 0 || len > 7 || (b[s] == '0' && len > 1)) {
        return -1;
      }
      int v = 0;
      for (int i = s; i < e; i++) {
        int d = b[i] - '0';
        if (d < 0 || d > 9) {
          return -1;
        }
        v = 10 * v + d;
      }
      return v < NUMBER_LIMIT ? v : -1;
    }

    int intern(byte[] b, int s, int e) {
      int v = number(b, s, e);
      if (v >= 0) {
        int[] direct = byNumber;
        int id = v < direct.length ? direct[v] - 1 : -1;
        return id >= 0 ? id : addNumber(b, s, e - s, v);
      }
      int h = hash(b, s, e);
      int id = find(b, s, e, h);
      return id >= 0 ? id : add(b, s, e - s, h);
    }

    /** The id of the name, or −1 if it was not interned. */
    int find(byte[] b, int s, int e) {
      int v = number(b, s, e);
      if (v >= 0) {
        return v < byNumber.length ? byNumber[v] - 1 : -1;
      }
      return find(b, s, e, hash(b, s, e));
    }

    private int find(byte[] b, int s, int e, int h) {
      long k = key(b, s, e);
      long[] t = table;
      int slot = h & mask;
      while (true) {
        long meta = t[2 * slot];
        if (meta == 0) {
          return -1;
        }
        if ((int) (meta >>> 32) == h && t[2 * slot + 1] == k) {
          int id = (int) meta - 1;
          if (k != LONG_NAME
              || length[id] == e - s
                  && Arrays.equals(pool, offset[id], offset[id] + e - s, b, s, e)) {
            return id;
          }
        }
        slot = (slot + 1) & mask;
      }
    }

    private int addNumber(byte[] b, int s, int len, int v) {
      if (v >= byNumber.length) {
        byNumber = Arrays.copyOf(byNumber, Math.max(1024, Integer.highestOneBit(v) << 1));
      }
      int id = newName(b, s, len);
      byNumber[v] = id + 1;
      return id;
    }

    private int add(byte[] b, int s, int len, int h) {
      int id = newName(b, s, len);
      if (2 * ++hashed > mask + 1) {
        rehash();
      }
      place(table, mask, ((long) h << 32) | (id + 1L), key(b, s, s + len));
      return id;
    }

    /** Records a new name (its bytes, its {@code String}) and returns its id. */
    private int newName(byte[] b, int s, int len) {
      int id = strings.size();
      if (id == offset.length) {
        int n = id * 2;
        offset = Arrays.copyOf(offset, n);
        length = Arrays.copyOf(length, n);
      }
      if (poolSize + len > pool.length) {
        pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + len));
      }
      System.arraycopy(b, s, pool, poolSize, len);
      offset[id] = poolSize;
      length[id] = len;
      poolSize += len;
      strings.add(new String(b, s, len, StandardCharsets.UTF_8));
      return id;
    }

    private static void place(long[] t, int mask, long meta, long key) {
      int slot = (int) (meta >>> 32) & mask;
      while (t[2 * slot] != 0) {
        slot = (slot + 1) & mask;
      }
      t[2 * slot] = meta;
      t[2 * slot + 1] = key;
    }

    private void rehash() {
      long[] old = table;
      int slots = 2 * (mask + 1);
      long[] t = new long[2 * slots];
      int m = slots - 1;
      for (int i = 0; i < old.length; i += 2) {
        if (old[i] != 0) {
          place(t, m, old[i], old[i + 1]);
        }
      }
      table = t;
      mask = m;
    }
  }
}
