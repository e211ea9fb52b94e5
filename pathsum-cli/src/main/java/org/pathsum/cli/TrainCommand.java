package org.pathsum.cli;

import java.util.concurrent.Callable;
import org.pathsum.examples.nn.Dataset;
import org.pathsum.examples.nn.Datasets;
import org.pathsum.examples.nn.Training;
import org.pathsum.examples.nn.TrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pathsum train [--dataset xor|moons] [--hidden N] [--epochs N] [--rate R] [--seed S]
 * [--every K]}: trains the one-hidden-layer sigmoid network of {@link Training} and prints its
 * progress (epoch, loss) and final accuracy. The defaults train XOR to accuracy 1.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    versionProvider = PathsumMain.Version.class,
    description = {
      "Trains a one-hidden-layer sigmoid network by full-batch gradient descent; each gradient is"
          + " one reverse path solve (backpropagation) from the loss of a circuit recorded once.",
      "Prints the loss every K epochs, then the final loss and accuracy."
    })
final class TrainCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--dataset",
      paramLabel = "NAME",
      defaultValue = "xor",
      description = "xor (4 points) or moons (200 points). Default: ${DEFAULT-VALUE}.")
  private String dataset;

  @Option(
      names = "--hidden",
      paramLabel = "N",
      defaultValue = "4",
      description = "Hidden units, at least 1. Default: ${DEFAULT-VALUE}.")
  private int hidden;

  @Option(
      names = "--epochs",
      paramLabel = "N",
      defaultValue = "2000",
      description = "Gradient steps, at least 0. Default: ${DEFAULT-VALUE}.")
  private int epochs;

  @Option(
      names = "--rate",
      paramLabel = "R",
      defaultValue = "5.0",
      description = "Learning rate, positive. Default: ${DEFAULT-VALUE}.")
  private double rate;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Seed of the initial weights. Default: ${DEFAULT-VALUE}.")
  private long seed;

  @Option(
      names = "--every",
      paramLabel = "K",
      description = "Print the loss every K epochs, at least 1. Default: a tenth of --epochs.")
  private Integer every;

  @Override
  public Integer call() {
    if (hidden < 1) {
      throw new InputException("--hidden must be at least 1, got " + hidden);
    }
    if (epochs < 0) {
      throw new InputException("--epochs must be at least 0, got " + epochs);
    }
    if (!(rate > 0) || Double.isInfinite(rate)) {
      throw new InputException("--rate must be positive and finite, got " + rate);
    }
    if (every != null && every < 1) {
      throw new InputException("--every must be at least 1, got " + every);
    }
    if (!Datasets.NAMES.contains(dataset)) {
      throw new InputException(
          "unknown --dataset '"
              + dataset
              + "'; choose one of "
              + String.join(", ", Datasets.NAMES));
    }
    Dataset data = Datasets.named(dataset);
    int step = every != null ? every : Math.max(1, epochs / 10);
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            "training on %s (%d points), %d hidden units, %d epochs, rate %s," + " seed %d%n",
            data.name(), data.size(), hidden, epochs, Output.number(rate), seed));
    TrainingResult result =
        Training.run(
            data,
            hidden,
            epochs,
            rate,
            seed,
            (epoch, loss) -> {
              if (epoch % step == 0) {
                sb.append(String.format("epoch %6d  loss %.6f%n", epoch, loss));
              }
            });
    sb.append(
        String.format(
            "final loss %.6f (initial %.6f)%n", result.finalLoss(), result.initialLoss()));
    sb.append(
        String.format(
            "accuracy %s (%d of %d points)%n",
            Output.number(result.accuracy()),
            Math.round(result.accuracy() * data.size()),
            data.size()));
    return Output.print(spec, sb.toString());
  }
}
