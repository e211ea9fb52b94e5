package org.pathsum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TrainCommandTest {

  @Test
  void defaultsTrainXorToFullAccuracyWithFallingLoss() {
    Cli cli = Cli.run("train");
    assertEquals(0, cli.status, cli.err);
    assertEquals("", cli.err);
    Matcher m = Pattern.compile("epoch +(\\d+)  loss ([0-9.]+)").matcher(cli.out);
    int lines = 0;
    double first = Double.NaN;
    double last = Double.NaN;
    while (m.find()) {
      double loss = Double.parseDouble(m.group(2));
      first = lines == 0 ? loss : first;
      last = loss;
      lines++;
    }
    assertEquals(10, lines, cli.out); // every tenth of 2000 epochs
    assertTrue(last < first, cli.out);
    assertTrue(cli.out.contains("accuracy 1 (4 of 4 points)"), cli.out);
  }

  @Test
  void everyControlsTheProgressLines() {
    Cli cli = Cli.run("train", "--epochs", "6", "--every", "2");
    assertEquals(0, cli.status, cli.err);
    assertEquals(3, cli.out.lines().filter(l -> l.startsWith("epoch")).count(), cli.out);
  }

  @Test
  void badOptionsAreBadInput() {
    for (List<String> args :
        List.of(
            List.of("--hidden", "0"),
            List.of("--epochs", "-1"),
            List.of("--rate", "0"),
            List.of("--rate", "NaN"),
            List.of("--every", "0"),
            List.of("--dataset", "iris"))) {
      String[] argv = new String[args.size() + 1];
      argv[0] = "train";
      for (int i = 0; i < args.size(); i++) {
        argv[i + 1] = args.get(i);
      }
      Cli.run(argv).assertBadInput(1);
    }
    Cli.run("train", "--hidden", "many").assertBadInput(2);
  }
}
