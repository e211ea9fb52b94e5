/** A user's module that reaches for pathsum's internals, which its descriptor does not export. */
module com.example.usesinternals {
  requires org.pathsum.solver;
}
