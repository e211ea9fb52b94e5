package org.pathsum.solver.internal.cyclic;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Prints the seed of a failed randomized test (taken by {@link EdgeListCsr#seed}), so that the
 * failure can be rerun with {@code -Dpathsum.seed=…}; quiet when tests pass.
 */
final class PrintSeedOnFailure implements TestWatcher {

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    Long seed = EdgeListCsr.lastSeed;
    if (seed != null) {
      System.out.println(
          context.getDisplayName() + " failed with seed " + seed + " (rerun with -Dpathsum.seed="
              + seed + ")");
    }
    EdgeListCsr.lastSeed = null;
  }

  @Override
  public void testSuccessful(ExtensionContext context) {
    EdgeListCsr.lastSeed = null;
  }

  @Override
  public void testAborted(ExtensionContext context, Throwable cause) {
    EdgeListCsr.lastSeed = null;
  }

  @Override
  public void testDisabled(ExtensionContext context, Optional<String> reason) {
    EdgeListCsr.lastSeed = null;
  }
}
