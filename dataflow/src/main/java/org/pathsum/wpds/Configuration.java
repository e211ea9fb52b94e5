package org.pathsum.wpds;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.pathsum.semiring.PathSumException;

/**
 * A configuration {@code ⟨p, γ₁ … γₖ⟩} of a pushdown system: a control state and a stack, top of
 * stack first. Written {@code <p, g1 g2>}, or {@code <p>} for the empty stack. Names match {@code
 * [A-Za-z0-9_.$]+}. Immutable; equal when the state and the stack are equal.
 *
 * <p>A configuration is a value on its own: it names no system. A solver or a query refuses one
 * that names a control state or stack symbol that no rule of its system mentions (see {@link
 * WeightedPushdownSystem}).
 */
public final class Configuration {

  /** The characters a state or stack-symbol name may use. */
  public static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.$]+");

  private final String state;
  private final List<String> stack;

  private Configuration(String state, List<String> stack) {
    this.state = state;
    this.stack = stack;
  }

  /**
   * The configuration with control state {@code state} and the given stack, top first.
   *
   * @throws IllegalArgumentException if a name does not match {@link #NAME}
   */
  public static Configuration of(String state, List<String> stack) {
    List<String> s = List.copyOf(Objects.requireNonNull(stack, "stack"));
    checkName(state, "control state");
    for (String g : s) {
      checkName(g, "stack symbol");
    }
    return new Configuration(state, s);
  }

  /** {@link #of(String, List)} with the stack as varargs, top first. */
  public static Configuration of(String state, String... stack) {
    return of(state, List.of(stack));
  }

  /**
   * Parses {@code <p, g1 g2 …>} or {@code <p>}; blanks (spaces, tabs) around names are ignored.
   * Cost: O(length of the text).
   *
   * @throws SyntaxException naming the 1-based column of the first problem
   */
  public static Configuration parse(String text) {
    Objects.requireNonNull(text, "text");
    int[] pos = {0};
    skipBlanks(text, pos);
    expect(text, pos, '<', "'<' to start a configuration");
    String state = name(text, pos, "control state");
    List<String> stack = new ArrayList<>();
    skipBlanks(text, pos);
    if (pos[0] < text.length() && text.charAt(pos[0]) == ',') {
      pos[0]++;
      do {
        stack.add(name(text, pos, "stack symbol"));
        skipBlanks(text, pos);
      } while (pos[0] < text.length() && text.charAt(pos[0]) != '>');
    }
    expect(text, pos, '>', "',' or '>' after the control state");
    skipBlanks(text, pos);
    if (pos[0] < text.length()) {
      throw error(text, pos[0], "unexpected text after the configuration");
    }
    return new Configuration(state, List.copyOf(stack));
  }

  private static void skipBlanks(String text, int[] pos) {
    while (pos[0] < text.length() && (text.charAt(pos[0]) == ' ' || text.charAt(pos[0]) == '\t')) {
      pos[0]++;
    }
  }

  private static void expect(String text, int[] pos, char ch, String what) {
    skipBlanks(text, pos);
    if (pos[0] >= text.length() || text.charAt(pos[0]) != ch) {
      throw error(text, pos[0], "expected " + what);
    }
    pos[0]++;
  }

  private static String name(String text, int[] pos, String role) {
    skipBlanks(text, pos);
    int start = pos[0];
    while (pos[0] < text.length() && isNameChar(text.charAt(pos[0]))) {
      pos[0]++;
    }
    if (start == pos[0]) {
      throw error(text, start, "expected a " + role + " name [A-Za-z0-9_.$]+");
    }
    return text.substring(start, pos[0]);
  }

  private static SyntaxException error(String text, int at, String reason) {
    String found = at >= text.length() ? "end of text" : "'" + text.charAt(at) + "'";
    return new SyntaxException(at + 1, reason + " (found " + found + ")");
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '.'
        || c == '$';
  }

  static void checkName(String name, String role) {
    Objects.requireNonNull(name, role);
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "a " + role + " name must match [A-Za-z0-9_.$]+, got '" + name + "'");
    }
  }

  /** The control state. */
  public String state() {
    return state;
  }

  /** The stack, top first. Immutable; empty for {@code <p>}. */
  public List<String> stack() {
    return stack;
  }

  /** The configuration after applying {@code rule}, which must match its head. */
  Configuration apply(WeightedPushdownSystem.Rule<?> rule) {
    if (!rule.fromState().equals(state)
        || stack.isEmpty()
        || !stack.get(0).equals(rule.fromSymbol())) {
      throw new IllegalArgumentException("rule " + rule + " does not apply to " + this);
    }
    List<String> s = new ArrayList<>(rule.toStack());
    s.addAll(stack.subList(1, stack.size()));
    return new Configuration(rule.toState(), List.copyOf(s));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Configuration
        && ((Configuration) o).state.equals(state)
        && ((Configuration) o).stack.equals(stack);
  }

  @Override
  public int hashCode() {
    return 31 * state.hashCode() + stack.hashCode();
  }

  /** {@code <p, g1 g2>} or {@code <p>}: the text {@link #parse} reads back. */
  @Override
  public String toString() {
    return stack.isEmpty() ? "<" + state + ">" : "<" + state + ", " + String.join(" ", stack) + ">";
  }

  /**
   * Text that is not a configuration {@code <p, g1 g2>}. Carries the 1-based column of the problem
   * in the text {@link #parse} was given, and the problem without the column.
   */
  public static final class SyntaxException extends PathSumException {

    private static final long serialVersionUID = 1L;

    private final int column;
    private final String reason;

    SyntaxException(int column, String reason) {
      super("column " + column + ": " + Objects.requireNonNull(reason, "reason"));
      this.column = column;
      this.reason = reason;
    }

    /** The 1-based column of the problem. */
    public int column() {
      return column;
    }

    /** What is wrong and what was expected, without the column. */
    public String reason() {
      return reason;
    }
  }
}
