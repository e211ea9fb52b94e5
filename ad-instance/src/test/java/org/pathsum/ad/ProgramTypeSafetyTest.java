package org.pathsum.ad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program is checked by the compiler: the body is generic in the number type, so mixing a plain
 * {@code double} into a recorded computation does not compile. Small sources are compiled against
 * the library with the system compiler; the good one must compile (so a failure of a bad one is
 * not the setup's), each bad one must fail with a type error on its line.
 */
class ProgramTypeSafetyTest {

  private static final String HEADER =
      "import java.util.List;\n"
          + "import org.pathsum.ad.*;\n"
          + "import org.pathsum.ad.ComputationGraph.Node;\n"
          + "class Snippet {\n";

  private static final String GENERIC_METHOD =
      "  static <T> T f(Arithmetic<T> a, List<T> x) { return a.add(x.get(0), a.constant(2)); }\n";

  @Test
  void aGenericMethodReferenceCompiles(@TempDir Path out) throws IOException {
    List<Diagnostic<? extends JavaFileObject>> errors =
        compile(
            out,
            GENERIC_METHOD
                + "  static Program p = Program.scalar(Snippet::f);\n"
                + "  static double[] g = p.record(List.of(\"x\"), List.of(\"f\")).gradient(1.0)"
                + ".gradient();\n");
    assertEquals(List.of(), errors);
  }

  @Test
  void aDoubleWhereANumberOfTheProgramIsExpectedDoesNotCompile(@TempDir Path out)
      throws IOException {
    List<String> bad =
        List.of(
            // a literal where the number type is expected
            "  static <T> T f(Arithmetic<T> a, List<T> x) { return a.add(x.get(0), 2.0); }\n",
            // a lambda cannot stand for a body that must work on every number type
            "  static Program p = Program.scalar((a, x) -> a.add(x.get(0), a.constant(2)));\n",
            // a double where a recorded node is expected
            "  static void f(ComputationGraph.Builder b, Node x) { b.arithmetic().add(x, 2.0); }\n",
            // an Arithmetic<Double> cannot record a program's nodes
            "  static Node f(List<Node> x) { return Arithmetic.ofDouble().sin(x.get(0)); }\n");
    for (String body : bad) {
      List<Diagnostic<? extends JavaFileObject>> errors = compile(out, body);
      assertTrue(!errors.isEmpty(), "compiled, but must not: " + body);
      assertEquals(5, errors.get(0).getLineNumber(), body + ": " + errors);
    }
  }

  /** The compiler's errors for {@link #HEADER} + {@code body} + "}", on the test's class path. */
  private static List<Diagnostic<? extends JavaFileObject>> compile(Path out, String body)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "the tests run on a JDK");
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaFileObject source =
        new SimpleJavaFileObject(URI.create("string:///Snippet.java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return HEADER + body + "}\n";
          }
        };
    Path classes = Files.createTempDirectory(out, "classes");
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      List<String> options =
          List.of(
              "-classpath", System.getProperty("java.class.path"),
              "-d", classes.toString(),
              "-proc:none");
      javac.getTask(null, files, diagnostics, options, null, List.of(source)).call();
    }
    List<Diagnostic<? extends JavaFileObject>> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(d);
      }
    }
    return errors;
  }
}
