package org.pathsum.examples.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathsum.ad.Arithmetic;
import org.pathsum.ad.ArrayGraph;
import org.pathsum.ad.ComputationGraph;
import org.pathsum.ad.Jacobian;

/** The neural-network demo: gradients, falling loss, XOR solved. */
class TrainingTest {

  /** The loss by a hand-written loop, independent of the recorded circuit. */
  private static double handLoss(double[] w, Dataset data, int hidden) {
    int d = data.dimension();
    double sum = 0;
    for (int p = 0; p < data.size(); p++) {
      double out = w[hidden * (d + 2)];
      for (int j = 0; j < hidden; j++) {
        double z = w[hidden * d + j];
        for (int i = 0; i < d; i++) {
          z += w[j * d + i] * data.feature(p, i);
        }
        out += w[hidden * (d + 1) + j] / (1 + Math.exp(-z));
      }
      double e = 1 / (1 + Math.exp(-out)) - data.target(p);
      sum += e * e;
    }
    return sum / data.size();
  }

  @Test
  void circuitLossMatchesAHandWrittenLoop() {
    Dataset data = Datasets.twoMoons(30, 0.1, 5);
    Network net = new Network(2, 3);
    double[] w = net.initialParameters(11);
    double loss = net.trainingCircuit(data).labelAt(w).outputValues()[0];
    assertEquals(handLoss(w, data, 3), loss, 1e-14, "seed 11");
  }

  @Test
  void reverseGradientMatchesForwardModeAndFiniteDifferences() {
    Dataset data = Datasets.twoMoons(12, 0.1, 3);
    Network net = new Network(2, 3);
    ComputationGraph circuit = net.trainingCircuit(data);
    assertEquals(List.of("loss"), circuit.outputNames());
    assertEquals(net.parameterNames(), circuit.inputNames());
    for (long seed = 1; seed <= 3; seed++) {
      double[] w = net.initialParameters(seed);
      double[] gradient = circuit.gradient(w).gradient();
      double[] forward = circuit.jacobian(Jacobian.Mode.FORWARD, w).row(0);
      for (int k = 0; k < w.length; k++) {
        double h = 1e-6;
        double[] plus = w.clone();
        double[] minus = w.clone();
        plus[k] += h;
        minus[k] -= h;
        double fd = (handLoss(plus, data, 3) - handLoss(minus, data, 3)) / (2 * h);
        assertEquals(forward[k], gradient[k], 1e-14, "seed " + seed + " parameter " + k);
        assertEquals(fd, gradient[k], 1e-8, "seed " + seed + " parameter " + k);
      }
    }
  }

  @Test
  void arrayCircuitAgreesWithTheScalarCircuitAndTheHandWrittenLoss() {
    Dataset data = Datasets.twoMoons(20, 0.1, 7);
    Network net = new Network(2, 5);
    ComputationGraph scalar = net.trainingCircuit(data);
    ArrayGraph array = net.arrayTrainingCircuit(data);
    assertEquals(net.parameterCount(), array.pointLength());
    for (long seed = 1; seed <= 3; seed++) {
      double[] w = net.initialParameters(seed);
      double[] gradient = new double[w.length];
      double loss = array.valueAndGradient(w, gradient);
      assertEquals(handLoss(w, data, 5), loss, 1e-14, "seed " + seed);
      double[] expected = scalar.gradient(w).gradient();
      for (int k = 0; k < w.length; k++) {
        assertEquals(expected[k], gradient[k], 1e-13, "seed " + seed + " parameter " + k);
      }
    }
  }

  @Test
  void xorIsLearnedForSeveralSeeds() {
    for (long seed = 1; seed <= 5; seed++) {
      List<Double> losses = new ArrayList<>();
      TrainingResult r =
          Training.run(Datasets.xor(), 4, 2000, 5.0, seed, (epoch, loss) -> losses.add(loss));
      assertEquals(1.0, r.accuracy(), "seed " + seed);
      assertEquals(2000, losses.size(), "seed " + seed);
      assertEquals(losses.get(0), r.initialLoss(), "seed " + seed);
      assertTrue(r.finalLoss() < 0.01 && r.finalLoss() < r.initialLoss() / 10, r + " seed " + seed);
      assertTrue(losses.get(1999) < losses.get(1000) && losses.get(1000) < losses.get(0),
          "loss falls, seed " + seed);
    }
  }

  @Test
  void moonsAreSeparatedWell() {
    TrainingResult r = Training.run(Datasets.named("moons"), 8, 1500, 2.0, 1, TrainingListener.silent());
    assertTrue(r.accuracy() >= 0.9, r + " seed 1");
    assertTrue(r.finalLoss() < r.initialLoss() / 4, r + " seed 1");
    double[] w = r.parameters();
    assertEquals(
        r.accuracy(), new Network(2, 8).accuracy(w, Datasets.named("moons")), "seed 1");
  }

  @Test
  void predictRunsOnDoublesAndRecordsTheSameValue() {
    Network net = new Network(2, 2);
    double[] w = net.initialParameters(3);
    List<Double> p = new ArrayList<>();
    for (double v : w) {
      p.add(v);
    }
    double y = net.predict(Arithmetic.ofDouble(), p, List.of(0.5, -0.25));
    Dataset one = new Dataset("one", new double[][] {{0.5, -0.25}}, new double[] {1});
    double loss = net.trainingCircuit(one).labelAt(w).outputValues()[0];
    assertEquals((y - 1) * (y - 1), loss, 1e-15, "seed 3");
  }

  @Test
  void badArgumentsAreRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> Training.run(Datasets.xor(), 0, 10, 1, 1, TrainingListener.silent()));
    assertThrows(IllegalArgumentException.class,
        () -> Training.run(Datasets.xor(), 2, -1, 1, 1, TrainingListener.silent()));
    assertThrows(IllegalArgumentException.class,
        () -> Training.run(Datasets.xor(), 2, 10, Double.NaN, 1, TrainingListener.silent()));
    assertThrows(IllegalArgumentException.class, () -> Datasets.named("iris"));
    assertThrows(IllegalArgumentException.class,
        () -> new Dataset("bad", new double[][] {{0}}, new double[] {0.5}));
  }
}
