package org.pathsum.wpds;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A regular set of configurations, given as an (unweighted) P-automaton: control states, other
 * states, labeled transitions and final states. It accepts {@code ⟨p, γ₁ … γₖ⟩} when a path labeled
 * {@code γ₁ … γₖ} leads from control state {@code p} to a final state ({@code ⟨p⟩} when {@code p}
 * itself is final). A transition may be labeled with {@link #ANY}, matching every stack symbol,
 * which makes sets like "all configurations with {@code γ} on top", {@code ⟨p, γ Γ*⟩}, finite to
 * write. No transition may lead into a control state (the usual P-automaton condition). Immutable.
 *
 * <p>Used as the initial set of {@link WeightedPushdownSystem#postStar}, the target set of {@link
 * WeightedPushdownSystem#preStar}, and as a query set of {@link WeightedAutomaton#value(
 * RegularConfigurations)}; each of them refuses a set whose control states or transition labels
 * (other than {@link #ANY}) no rule of its system mentions. The names of the other states are
 * free-form. Building costs O(states + transitions).
 */
public final class RegularConfigurations {

  /** The transition label matching every stack symbol. */
  public static final String ANY = "*";

  final List<String> controlStates;
  final List<String> otherStates;
  final List<String[]> transitions; // {from, symbol, to}
  final Set<String> finals;

  private RegularConfigurations(Builder b) {
    this.controlStates = List.copyOf(b.controls);
    this.otherStates = List.copyOf(b.others);
    this.transitions = List.copyOf(b.transitions);
    this.finals = Set.copyOf(b.finals);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The finite set of the given configurations. */
  public static RegularConfigurations of(Configuration... configurations) {
    return of(List.of(configurations));
  }

  /** The finite set of the given configurations. */
  public static RegularConfigurations of(List<Configuration> configurations) {
    Builder b = builder();
    for (Configuration c : configurations) {
      b.control(c.state());
      if (c.stack().isEmpty()) {
        b.accept(c.state());
        continue;
      }
      String at = c.state();
      for (int i = 0; i < c.stack().size(); i++) {
        String next = "#" + b.others.size();
        b.transition(at, c.stack().get(i), next);
        at = next;
      }
      b.accept(at);
    }
    return b.build();
  }

  /**
   * The set {@code ⟨state, symbol Γ*⟩} of every configuration in control state {@code state} with
   * {@code symbol} on top, whatever lies beneath.
   */
  public static RegularConfigurations withTop(String state, String symbol) {
    return builder()
        .control(state)
        .transition(state, symbol, "#top")
        .transition("#top", ANY, "#top")
        .accept("#top")
        .build();
  }

  /** The control states the automaton starts from, in the order declared. Immutable. */
  public List<String> controlStates() {
    return controlStates;
  }

  @Override
  public String toString() {
    return "RegularConfigurations[control states "
        + controlStates
        + ", "
        + (controlStates.size() + otherStates.size())
        + " states, "
        + transitions.size()
        + " transitions, final "
        + finals
        + "]";
  }

  /** Collects states and transitions; single use, not thread-safe. */
  public static final class Builder {
    private final Set<String> controls = new LinkedHashSet<>();
    private final Set<String> others = new LinkedHashSet<>();
    private final List<String[]> transitions = new ArrayList<>();
    private final Set<String> finals = new LinkedHashSet<>();

    private Builder() {}

    /**
     * Declares control states (the states configurations start from).
     *
     * @throws IllegalArgumentException if a name is not a valid name or is already an other state
     */
    public Builder control(String... states) {
      for (String s : states) {
        Configuration.checkName(s, "control state");
        if (others.contains(s)) {
          throw new IllegalArgumentException(
              "state " + s + " is the target of a transition, so it cannot be a control state");
        }
        controls.add(s);
      }
      return this;
    }

    /**
     * Adds the transition {@code from --symbol--> to}; {@code symbol} may be {@link #ANY}. A state
     * not declared a control state is an internal state; names are free-form.
     *
     * @throws IllegalArgumentException if {@code to} is a control state
     */
    public Builder transition(String from, String symbol, String to) {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (!symbol.equals(ANY)) {
        Configuration.checkName(symbol, "stack symbol");
      }
      if (controls.contains(to)) {
        throw new IllegalArgumentException(
            "transition into control state " + to + "; P-automata have none");
      }
      if (!controls.contains(from)) {
        others.add(from);
      }
      others.add(to);
      transitions.add(new String[] {from, symbol, to});
      return this;
    }

    /** Makes {@code state} final. */
    public Builder accept(String state) {
      finals.add(Objects.requireNonNull(state, "state"));
      return this;
    }

    /** The automaton. */
    public RegularConfigurations build() {
      for (String f : finals) {
        if (!controls.contains(f) && !others.contains(f)) {
          others.add(f);
        }
      }
      return new RegularConfigurations(this);
    }
  }
}
