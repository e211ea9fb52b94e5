/** A user's module: it needs only the exported front door of pathsum's graph solver. */
module com.example.shortestpath {
  requires org.pathsum.solver;

  exports com.example;
}
