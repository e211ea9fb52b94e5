/**
 * The algebra of path problems: the {@link org.pathsum.semiring.Semiring} interface, its
 * properties, the reversed view, the shipped semirings ({@link org.pathsum.semiring.Semirings}) and
 * the {@link org.pathsum.semiring.SemiringLawChecker} that verifies the laws of any semiring.
 *
 * <p>No method in this package accepts or returns {@code null}. This module depends on Guava only;
 * it knows no graph library.
 */
package org.pathsum.semiring;
