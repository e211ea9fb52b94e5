/**
 * The JVM bytecode front end: {@link org.pathsum.dataflow.bytecode.ClassFiles} reads class files
 * (a file, a jar, a directory, or a JDK module through {@code jrt:/}) with ASM, and {@link
 * org.pathsum.dataflow.bytecode.BytecodeProgram} turns them into a {@link
 * org.pathsum.dataflow.interprocedural.Supergraph}: instruction-level control-flow graphs with
 * exception edges, a call graph by class-hierarchy analysis, locals and static fields as variables.
 */
package org.pathsum.dataflow.bytecode;
