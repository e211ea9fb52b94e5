package org.pathsum.ad;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.pathsum.ad.ComputationGraph.Node;

/**
 * A seeded random straight-line program over every {@link Op}, with shared subexpressions and
 * several outputs, replayable on any {@link Arithmetic} (so one program is recorded, run on duals
 * and on Hipparchus' {@code Gradient}).
 */
final class RandomProgram {

  /** One step: an operation on earlier values (by index into the value list) and a parameter. */
  private record Step(Op op, int[] operands, double parameter) {}

  private static final Op[] OPS = {
    Op.CONSTANT, Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.NEG, Op.POW_CONST, Op.POW, Op.SIN, Op.COS,
    Op.TAN, Op.EXP, Op.LOG, Op.SQRT, Op.TANH, Op.SIGMOID, Op.RELU, Op.ABS, Op.MAX, Op.MIN
  };

  final int inputCount;
  private final List<Step> steps = new ArrayList<>();
  private final int[] outputs;

  RandomProgram(SplittableRandom random, int inputCount, int stepCount, int outputCount) {
    this.inputCount = inputCount;
    for (int s = 0; s < stepCount; s++) {
      Op op = OPS[random.nextInt(OPS.length)];
      int available = inputCount + s;
      int arity = (op == Op.MAX || op == Op.MIN) ? 1 + random.nextInt(4) : op.minArity();
      int[] operands = new int[arity];
      for (int k = 0; k < arity; k++) {
        // prefer recent values (depth), sometimes any (sharing), sometimes a repeat (x*x)
        int pick = random.nextInt(3) == 0 ? random.nextInt(available)
            : available - 1 - random.nextInt(Math.min(available, 3));
        operands[k] = (k > 0 && random.nextInt(5) == 0) ? operands[0] : pick;
      }
      double parameter =
          op == Op.CONSTANT ? random.nextDouble(-2, 2)
              : op == Op.POW_CONST ? new double[] {2, 3, -1, 0.5, 1.5}[random.nextInt(5)] : 0;
      steps.add(new Step(op, operands, parameter));
    }
    int total = inputCount + stepCount;
    outputs = new int[outputCount];
    for (int j = 0; j < outputCount; j++) {
      outputs[j] = j == 0 ? total - 1 : inputCount + random.nextInt(stepCount);
    }
  }

  /** Every value (inputs first, then one per step) on the given arithmetic. */
  <T> List<T> values(Arithmetic<T> a, List<T> inputs) {
    List<T> values = new ArrayList<>(inputs);
    for (Step s : steps) {
      List<T> operands = new ArrayList<>();
      for (int i : s.operands) {
        operands.add(values.get(i));
      }
      values.add(a.apply(s.op, operands, s.parameter));
    }
    return values;
  }

  /** The outputs on the given arithmetic. */
  <T> List<T> outputs(Arithmetic<T> a, List<T> inputs) {
    List<T> values = values(a, inputs);
    List<T> out = new ArrayList<>();
    for (int j : outputs) {
      out.add(values.get(j));
    }
    return out;
  }

  /** The program recorded as a graph: inputs x0.., outputs f0... */
  ComputationGraph record() {
    ComputationGraph.Builder b = ComputationGraph.builder();
    List<Node> inputs = new ArrayList<>();
    for (int i = 0; i < inputCount; i++) {
      inputs.add(b.input("x" + i));
    }
    List<Node> out = outputs(b.arithmetic(), inputs);
    for (int j = 0; j < out.size(); j++) {
      b.output("f" + j, out.get(j));
    }
    return b.build();
  }

  /**
   * Whether the program at {@code point} stays well away from kinks, domain edges and huge values,
   * so that finite differences are meaningful: checks every step's operands and value.
   */
  boolean isSmoothAt(double[] point) {
    List<Double> in = new ArrayList<>();
    for (double x : point) {
      in.add(x);
    }
    List<Double> v = values(Arithmetic.ofDouble(), in);
    for (int s = 0; s < steps.size(); s++) {
      Step step = steps.get(s);
      double a = step.operands.length > 0 ? v.get(step.operands[0]) : 0;
      double b = step.operands.length > 1 ? v.get(step.operands[1]) : 0;
      double value = v.get(inputCount + s);
      if (!Double.isFinite(value) || Math.abs(value) > 1e4) {
        return false;
      }
      boolean ok;
      switch (step.op) {
        case DIV:
          ok = Math.abs(b) > 0.1;
          break;
        case LOG:
        case SQRT:
          ok = a > 0.1;
          break;
        case POW:
          ok = a > 0.1 && Math.abs(b) < 5;
          break;
        case POW_CONST:
          ok = Math.abs(a) > 0.1;
          break;
        case TAN:
          ok = Math.abs(Math.cos(a)) > 0.2;
          break;
        case EXP:
          ok = a < 5;
          break;
        case RELU:
        case ABS:
          ok = Math.abs(a) > 1e-3;
          break;
        case MAX:
        case MIN:
          ok = noNearTie(step, v);
          break;
        default:
          ok = true;
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean noNearTie(Step step, List<Double> v) {
    for (int i = 0; i < step.operands.length; i++) {
      for (int k = i + 1; k < step.operands.length; k++) {
        if (step.operands[i] != step.operands[k]
            && Math.abs(v.get(step.operands[i]) - v.get(step.operands[k])) < 1e-3) {
          return false;
        }
      }
    }
    return true;
  }
}
