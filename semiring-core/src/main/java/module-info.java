/**
 * Semirings: the algebra of weights of an algebraic path problem, the shipped semirings, their
 * properties and the law checker.
 */
module org.pathsum.semiring {
  requires com.google.common;

  exports org.pathsum.semiring;
}
