package org.pathsum.ad;

import java.util.List;
import org.pathsum.ad.ComputationGraph.Node;

/** The {@link Arithmetic} view of a {@link ComputationGraph.Builder}: every operation records a node. */
final class RecordingArithmetic implements Arithmetic<Node> {

  private final ComputationGraph.Builder builder;

  RecordingArithmetic(ComputationGraph.Builder builder) {
    this.builder = builder;
  }

  @Override
  public Node constant(double c) {
    return builder.constant(c);
  }

  @Override
  public Node add(Node a, Node b) {
    return builder.apply(Op.ADD, a, b);
  }

  @Override
  public Node sub(Node a, Node b) {
    return builder.apply(Op.SUB, a, b);
  }

  @Override
  public Node mul(Node a, Node b) {
    return builder.apply(Op.MUL, a, b);
  }

  @Override
  public Node div(Node a, Node b) {
    return builder.apply(Op.DIV, a, b);
  }

  @Override
  public Node neg(Node a) {
    return builder.apply(Op.NEG, a);
  }

  @Override
  public Node pow(Node a, double c) {
    return builder.powConst(a, c);
  }

  @Override
  public Node pow(Node a, Node b) {
    return builder.apply(Op.POW, a, b);
  }

  @Override
  public Node sin(Node a) {
    return builder.apply(Op.SIN, a);
  }

  @Override
  public Node cos(Node a) {
    return builder.apply(Op.COS, a);
  }

  @Override
  public Node tan(Node a) {
    return builder.apply(Op.TAN, a);
  }

  @Override
  public Node exp(Node a) {
    return builder.apply(Op.EXP, a);
  }

  @Override
  public Node log(Node a) {
    return builder.apply(Op.LOG, a);
  }

  @Override
  public Node sqrt(Node a) {
    return builder.apply(Op.SQRT, a);
  }

  @Override
  public Node tanh(Node a) {
    return builder.apply(Op.TANH, a);
  }

  @Override
  public Node sigmoid(Node a) {
    return builder.apply(Op.SIGMOID, a);
  }

  @Override
  public Node relu(Node a) {
    return builder.apply(Op.RELU, a);
  }

  @Override
  public Node abs(Node a) {
    return builder.apply(Op.ABS, a);
  }

  @Override
  public Node max(List<Node> operands) {
    return builder.apply(Op.MAX, operands);
  }

  @Override
  public Node min(List<Node> operands) {
    return builder.apply(Op.MIN, operands);
  }
}
