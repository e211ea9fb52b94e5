/**
 * Dataflow as path problems: weighted pushdown systems ({@code org.pathsum.wpds}: post*, pre*,
 * witnesses), interprocedural gen/kill analyses solved by them ({@code org.pathsum.dataflow}), and
 * a JVM bytecode front end built on ASM ({@code org.pathsum.dataflow.bytecode}, whose API takes
 * ASM's class trees).
 */
module org.pathsum.dataflow {
  requires transitive org.pathsum.semiring;
  requires org.objectweb.asm;
  requires transitive org.objectweb.asm.tree;

  exports org.pathsum.wpds;
  exports org.pathsum.dataflow;
  exports org.pathsum.dataflow.bytecode;
}
