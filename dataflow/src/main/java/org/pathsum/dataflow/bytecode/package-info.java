/**
 * The JVM bytecode front end: {@link org.pathsum.dataflow.bytecode.BytecodeProgram} reads class
 * files (a file, a jar, a directory, or a JDK module through {@code jrt:/}) with ASM and turns them
 * into a {@link org.pathsum.dataflow.Supergraph}: instruction-level control-flow graphs with
 * exception edges, a call graph by class-hierarchy analysis, locals and static fields as variables.
 */
package org.pathsum.dataflow.bytecode;
