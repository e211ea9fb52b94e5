package org.pathsum.examples.nn;

/** Receives training progress; called on the training thread. */
@FunctionalInterface
public interface TrainingListener {

  /** A listener that ignores everything. */
  static TrainingListener silent() {
    return (epoch, loss) -> {};
  }

  /**
   * Called once per epoch, before the update of that epoch.
   *
   * @param epoch from 0
   * @param loss the loss at the current parameters
   */
  void onEpoch(int epoch, double loss);
}
