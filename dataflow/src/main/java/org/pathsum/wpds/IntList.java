package org.pathsum.wpds;

import java.util.Arrays;

/** A growable array of {@code int}s, without boxing. Not thread-safe. */
final class IntList {
  private int[] a;
  private int size;

  IntList() {
    this(4);
  }

  IntList(int capacity) {
    a = new int[Math.max(1, capacity)];
  }

  void add(int v) {
    if (size == a.length) {
      a = Arrays.copyOf(a, a.length * 2);
    }
    a[size++] = v;
  }

  int get(int i) {
    return a[i];
  }

  void set(int i, int v) {
    a[i] = v;
  }

  int size() {
    return size;
  }
}
