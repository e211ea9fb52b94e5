package org.pathsum.cli;

import java.lang.management.ManagementFactory;

/**
 * Stands in for the application in {@link ScriptTest}: prints the working directory, the JVM's
 * options and the arguments it was given, one per line, so that the test can see what the {@code
 * pathsum} script passed on.
 */
public final class ScriptProbe {

  private ScriptProbe() {}

  /** Prints {@code dir=...}, then {@code jvm=OPTION} lines, then {@code arg=ARG} lines. */
  public static void main(String[] args) {
    StringBuilder sb = new StringBuilder();
    sb.append("dir=").append(System.getProperty("user.dir")).append('\n');
    for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      sb.append("jvm=").append(option).append('\n');
    }
    for (String arg : args) {
      sb.append("arg=").append(arg).append('\n');
    }
    System.out.print(sb);
  }
}
