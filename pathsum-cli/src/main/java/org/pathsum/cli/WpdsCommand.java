package org.pathsum.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.pathsum.wpds.Configuration;
import org.pathsum.wpds.WeightedAutomaton;
import org.pathsum.wpds.WeightedAutomaton.UpdateBoundException;
import org.pathsum.wpds.WeightedAutomaton.WeightOverflowException;
import org.pathsum.wpds.WeightedAutomaton.Witness;
import org.pathsum.wpds.WeightedPushdownSystem;
import org.pathsum.wpds.WeightedPushdownSystem.Rule;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pathsum wpds --rules FILE --semiring NAME (--from CONFIG | --to CONFIG) --query CONFIG…
 * [--unweighted] [--witness] [--update-bound N] [--json]}: values of a weighted pushdown system
 * between one configuration and each query, by post* ({@code --from}) or pre* ({@code --to}). A
 * configuration that names a control state or stack symbol no rule mentions is refused, as
 * {@code paths} refuses an unknown vertex.
 */
@Command(
    name = "wpds",
    mixinStandardHelpOptions = true,
    versionProvider = PathsumMain.Version.class,
    description = {
      "Solves a weighted pushdown system: for each query configuration, the ⊕ over all rule"
          + " sequences from --from to it (post*), or from it to --to (pre*), of the ⊗-product of"
          + " their rule weights in order.",
      "FILE: one rule a line, '<p, g> -> <q, h1 h2> WEIGHT' (push), '<p, g> -> <q, h> WEIGHT'"
          + " (step), '<p, g> -> <q> WEIGHT' (pop); '#' comments; '-' is standard input.",
      "CONFIG: \"<p, g1 g2>\" (top of stack first) or \"<p>\"; every name in it must appear in"
          + " some rule."
    })
final class WpdsCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(names = "--rules", required = true, paramLabel = "FILE", description = "The rule file.")
  private Path rulesFile;

  @Option(
      names = "--semiring",
      required = true,
      paramLabel = "NAME",
      description = "An idempotent semiring: boolean, tropical, max-plus, bottleneck, viterbi.")
  private String semiringName;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Anchor anchor;

  @Option(
      names = "--query",
      required = true,
      arity = "1..*",
      paramLabel = "CONFIG",
      description = "The configurations to report.")
  private List<String> queries;

  @Option(names = "--unweighted", description = "Every rule weighs 1̄; weights may be absent.")
  private boolean unweighted;

  @Option(names = "--witness", description = "Also print one best rule sequence per query.")
  private boolean witness;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  private boolean json;

  @Option(
      names = "--update-bound",
      paramLabel = "N",
      description =
          "Stop with an error once one automaton transition's weight has changed more than N times"
              + " (default: ${DEFAULT-VALUE}).")
  private int updateBound = WeightedPushdownSystem.DEFAULT_UPDATE_BOUND;

  /** Exactly one end is fixed. */
  static final class Anchor {
    @Option(
        names = "--from",
        required = true,
        paramLabel = "CONFIG",
        description = "Sum over sequences from CONFIG to each query (post*).")
    String from;

    @Option(
        names = "--to",
        required = true,
        paramLabel = "CONFIG",
        description = "Sum over sequences from each query to CONFIG (pre*).")
    String to;
  }

  @Override
  public Integer call() {
    WeightDomain<?> domain = WeightDomain.byName(semiringName);
    return Output.print(spec, solve(domain));
  }

  private <W> String solve(WeightDomain<W> domain) {
    boolean forward = anchor.from != null;
    Configuration end = config(forward ? "--from" : "--to", forward ? anchor.from : anchor.to);
    Map<String, Configuration> qs = new LinkedHashMap<>();
    for (String q : queries) {
      Configuration c = config("--query", q);
      qs.put(c.toString(), c);
    }
    if (updateBound < 1) {
      throw new InputException("--update-bound " + updateBound + ": give a positive number");
    }
    WeightedPushdownSystem<W> pds = RuleFiles.read(rulesFile, domain, unweighted, updateBound);
    Set<String> states = new HashSet<>(pds.controlStates());
    Set<String> symbols = new HashSet<>(pds.stackSymbols());
    requireKnown(forward ? "--from" : "--to", end, states, symbols, pds.rules().size());
    for (Configuration q : qs.values()) {
      requireKnown("--query", q, states, symbols, pds.rules().size());
    }
    WeightedAutomaton<W> automaton;
    Map<String, W> values = new LinkedHashMap<>();
    Map<String, Optional<Witness<W>>> witnesses = new LinkedHashMap<>();
    try {
      automaton = forward ? pds.postStar(end) : pds.preStar(end);
      for (Map.Entry<String, Configuration> q : qs.entrySet()) {
        values.put(q.getKey(), automaton.value(q.getValue()));
        if (witness) {
          witnesses.put(q.getKey(), automaton.witness(q.getValue()));
        }
      }
    } catch (UpdateBoundException e) {
      throw new InputException(
          rulesFile
              + ": stopped after the weight of automaton transition "
              + e.transition()
              + " changed more than "
              + e.bound()
              + " times"
              + e.rule().map(r -> " (last by rule " + ruleText(domain, pds.rules().get(r.index())) + ")").orElse("")
              + "; raise --update-bound if the "
              + domain.name()
              + " values do settle");
    } catch (WeightOverflowException e) {
      throw new InputException(
          rulesFile
              + ": a value leaves the range of the "
              + domain.name()
              + " semiring at automaton transition "
              + e.transition()
              + e.rule().map(r -> " with rule " + ruleText(domain, pds.rules().get(r.index()))).orElse("")
              + "; rescale the weights");
    }
    return json
        ? toJson(domain, end, forward, values, witnesses)
        : toText(domain, end, forward, values, witnesses);
  }

  private static Configuration config(String option, String text) {
    try {
      return Configuration.parse(text);
    } catch (Configuration.SyntaxException e) {
      throw new InputException(
          option + " '" + text + "': " + Output.firstLine(e.getMessage()) + "; write <p, g1 g2> or <p>");
    }
  }

  /**
   * Refuses a configuration that names a control state or stack symbol no rule mentions: no rule
   * can reach or leave such a name, so its values would be 1̄ to itself and 0̄ otherwise.
   */
  private void requireKnown(
      String option, Configuration c, Set<String> states, Set<String> symbols, int rules) {
    String what = null;
    if (!states.contains(c.state())) {
      what = "control state " + c.state();
    } else {
      for (String g : c.stack()) {
        if (!symbols.contains(g)) {
          what = "stack symbol " + g;
          break;
        }
      }
    }
    if (what != null) {
      throw new InputException(
          option
              + " '"
              + c
              + "': "
              + what
              + (rules == 0
                  ? " appears in no rule: " + rulesFile + " has no rules"
                  : " appears in no rule of " + rulesFile + "; check its spelling"));
    }
  }

  private <W> String toJson(
      WeightDomain<W> domain,
      Configuration end,
      boolean forward,
      Map<String, W> values,
      Map<String, Optional<Witness<W>>> witnesses) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("semiring", semiringName);
    root.put(forward ? "from" : "to", end.toString());
    ObjectNode v = root.putObject("values");
    values.forEach((q, w) -> v.set(q, domain.toJson(w)));
    if (witness) {
      ObjectNode ws = root.putObject("witnesses");
      witnesses.forEach(
          (q, w) -> {
            if (w.isPresent()) {
              ArrayNode rules = ws.putArray(q);
              for (Rule<W> r : w.get().rules()) {
                rules.add(ruleText(domain, r));
              }
            }
          });
    }
    return Json.write(root);
  }

  private <W> String toText(
      WeightDomain<W> domain,
      Configuration end,
      boolean forward,
      Map<String, W> values,
      Map<String, Optional<Witness<W>>> witnesses) {
    StringBuilder sb = new StringBuilder();
    sb.append(domain.name())
        .append(forward ? " values of rule sequences from " : " values of rule sequences to ")
        .append(end)
        .append(":\n");
    int width = 0;
    for (String q : values.keySet()) {
      width = Math.max(width, q.length());
    }
    for (Map.Entry<String, W> e : values.entrySet()) {
      sb.append(String.format("  %-" + width + "s  %s%n", e.getKey(), domain.toText(e.getValue())));
      if (witness) {
        Optional<Witness<W>> w = witnesses.get(e.getKey());
        if (w.isEmpty()) {
          sb.append("    (no rule sequence)\n");
        } else {
          List<String> steps = new ArrayList<>();
          for (Rule<W> r : w.get().rules()) {
            steps.add(ruleText(domain, r));
          }
          sb.append("    ")
              .append(w.get().from())
              .append(steps.isEmpty() ? " (no rules)" : "")
              .append('\n');
          for (String s : steps) {
            sb.append("      ").append(s).append('\n');
          }
        }
      }
    }
    return sb.toString();
  }

  private static <W> String ruleText(WeightDomain<W> domain, Rule<W> r) {
    return r.shape() + " " + domain.toText(r.weight());
  }
}
