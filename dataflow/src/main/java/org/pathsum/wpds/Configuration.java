package org.pathsum.wpds;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A configuration {@code ⟨p, γ₁ … γₖ⟩} of a pushdown system: a control state and a stack, top of
 * stack first. Written {@code <p, g1 g2>}, or {@code <p>} for the empty stack. Names match {@code
 * [A-Za-z0-9_.$]+}. Immutable.
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
    checkName(state, "state");
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
   * Parses {@code <p, g1 g2 …>} or {@code <p>}; blanks around names are ignored.
   *
   * @throws ConfigurationSyntaxException naming the column (1-based) of the first problem
   */
  public static Configuration parse(String text) {
    Objects.requireNonNull(text, "text");
    ConfigurationSyntaxException.Cursor c = new ConfigurationSyntaxException.Cursor(text);
    Configuration conf = c.configuration();
    c.skipBlanks();
    if (!c.atEnd()) {
      throw c.error("unexpected text after the configuration");
    }
    return conf;
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
  Configuration apply(Rule<?> rule) {
    if (!rule.fromState().equals(state) || stack.isEmpty() || !stack.get(0).equals(rule.fromSymbol())) {
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

  /** {@code <p, g1 g2>} or {@code <p>}. */
  @Override
  public String toString() {
    return stack.isEmpty() ? "<" + state + ">" : "<" + state + ", " + String.join(" ", stack) + ">";
  }
}
