package org.pathsum.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pathsum.semiring.PathSumException;
import org.pathsum.wpds.Configuration;
import org.pathsum.wpds.ConfigurationSyntaxException;
import org.pathsum.wpds.Rule;
import org.pathsum.wpds.WeightedAutomaton;
import org.pathsum.wpds.WeightedPushdownSystem;
import org.pathsum.wpds.Witness;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pathsum wpds --rules FILE --semiring NAME (--from CONFIG | --to CONFIG) --query CONFIG…
 * [--unweighted] [--witness] [--json]}: values of a weighted pushdown system between one
 * configuration and each query (DESIGN.md §6), by post* ({@code --from}) or pre* ({@code --to}).
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
      "CONFIG: \"<p, g1 g2>\" (top of stack first) or \"<p>\"."
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
    WeightedPushdownSystem<W> pds = RuleFiles.read(rulesFile, domain, unweighted);
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
    } catch (PathSumException e) {
      throw new InputException(rulesFile + ": " + Output.firstLine(e.getMessage()));
    } catch (ArithmeticException e) {
      throw new InputException(
          rulesFile
              + ": the "
              + domain.semiring().name()
              + " values are not representable: "
              + Output.firstLine(e.getMessage()));
    }
    return json
        ? toJson(domain, end, forward, values, witnesses)
        : toText(domain, end, forward, values, witnesses);
  }

  private static Configuration config(String option, String text) {
    try {
      return Configuration.parse(text);
    } catch (ConfigurationSyntaxException e) {
      throw new InputException(
          option + " '" + text + "': " + Output.firstLine(e.getMessage()) + "; write <p, g1 g2> or <p>");
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
    sb.append(domain.semiring().name())
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
