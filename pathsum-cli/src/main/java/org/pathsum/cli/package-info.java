/**
 * The {@code pathsum} command-line application (picocli): the worked example, {@code grad}, {@code
 * paths} and {@code train}. Entry point {@link org.pathsum.cli.PathsumMain}.
 *
 * <p>Conventions: a command builds its whole standard output in memory and prints it only once it
 * has succeeded, so nothing is half-printed; bad input (a parse error, an unknown vertex, an
 * unreadable file, a cycle, ...) is one line on standard error ({@code pathsum: ...}; an expression
 * error adds its source line and a caret) and exit status 2, never a stack trace; an unexpected
 * internal error is one line and exit status 1.
 */
package org.pathsum.cli;
