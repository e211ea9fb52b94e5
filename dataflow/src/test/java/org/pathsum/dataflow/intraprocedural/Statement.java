package org.pathsum.dataflow.intraprocedural;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One statement of a basic block, reduced to what bit-vector dataflow needs: a unique label (the
 * name of the definition it makes, e.g. {@code d1}), the variable it assigns if any, and the
 * variables it reads. The reads happen before the write, so {@code i = i + 1} uses {@code i}.
 * Immutable.
 */
public final class Statement {

  private final String label;
  private final Optional<String> defined;
  private final Set<String> used;

  private Statement(String label, Optional<String> defined, Set<String> used) {
    this.label = label;
    this.defined = defined;
    this.used = used;
  }

  /**
   * {@code label: variable = f(operands)}.
   *
   * @param label the statement's unique name, e.g. {@code "d1"}
   * @param variable the variable assigned
   * @param operands the variables read
   * @throws IllegalArgumentException if a name is empty
   */
  public static Statement assign(String label, String variable, String... operands) {
    return new Statement(
        check(label, "label"), Optional.of(check(variable, "variable")), operandSet(operands));
  }

  /**
   * A statement that only reads, e.g. a branch condition or a {@code print}.
   *
   * @param label the statement's unique name
   * @param operands the variables read
   */
  public static Statement use(String label, String... operands) {
    return new Statement(check(label, "label"), Optional.empty(), operandSet(operands));
  }

  private static Set<String> operandSet(String... operands) {
    Objects.requireNonNull(operands, "operands");
    for (String o : operands) {
      check(o, "operand");
    }
    return Set.of(java.util.Arrays.stream(operands).distinct().toArray(String[]::new));
  }

  private static String check(String name, String role) {
    Objects.requireNonNull(name, role);
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a " + role + " must not be empty; give it a name");
    }
    return name;
  }

  /** The statement's unique label, also the name of the definition it makes. */
  public String label() {
    return label;
  }

  /** The variable it assigns, if any. */
  public Optional<String> defined() {
    return defined;
  }

  /** The variables it reads, before it writes. Immutable. */
  public Set<String> used() {
    return used;
  }

  @Override
  public String toString() {
    return label + ": " + defined.map(v -> v + " = ").orElse("") + "f" + used;
  }
}
