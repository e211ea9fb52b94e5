package org.pathsum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.pathsum.cli.DocPage.Check;
import org.pathsum.cli.MarkdownBlocks.Block;

/**
 * Compiles every {@code ```java} block of README.md and {@code docs/*.md} with {@code
 * javax.tools.JavaCompiler} against this module's test class path (every library module), runs
 * it, and checks the values it states; a snippet that does not compile fails with its {@code
 * document:line}. How a page of snippets becomes Java is {@link DocPage}'s business: statements
 * are wrapped in a method and run, top-level types and members are compiled beside them, a leading
 * run of imports serves the whole page, and a line ending in {@code // ⇒ VALUE} is checked.
 *
 * <p>{@code docs/SPARK.md} needs Spark, which only {@code spark-solver} has (as a {@code provided}
 * dependency nothing else waits for): its snippets are compiled against that module's {@code
 * target/classes} and {@code target/classpath.txt} when a build of it is present, as in a full
 * {@code ./mvnw verify}, whose reactor builds spark-solver first; otherwise that page is skipped
 * and says why.
 */
class DocSnippetsTest {

  private static final String SPARK_PAGE = "docs/SPARK.md";

  @TestFactory
  Stream<DynamicTest> everyJavaSnippetCompilesAndStatesTheTruth() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String document : MarkdownBlocks.documents()) {
      List<Block> java =
          MarkdownBlocks.read(document).stream().filter(b -> b.language().equals("java")).toList();
      if (!java.isEmpty()) {
        tests.add(DynamicTest.dynamicTest(document, () -> check(document, java)));
      }
    }
    return tests.stream();
  }

  @Test
  void theDocumentsShowTheirSnippets() throws IOException {
    int snippets = 0;
    int checks = 0;
    for (String document : MarkdownBlocks.documents()) {
      for (Block b : MarkdownBlocks.read(document)) {
        if (b.language().equals("java")) {
          snippets++;
          checks += (int) b.lines().stream().filter(l -> l.contains(DocPage.STATES)).count();
        }
      }
    }
    assertTrue(snippets >= 20, "the guide shows Java: " + snippets + " snippets");
    assertTrue(checks >= 30, "the snippets state values that are checked: " + checks);
  }

  @Test
  void aPageBecomesJava() {
    Block statements =
        new Block(
            "x.md",
            "java",
            List.of(),
            10,
            List.of("import java.util.List;", "", "int n = List.of(1, 2).size(); // ⇒ 2"));
    Block type =
        new Block("x.md", "java", List.of(), 20, List.of("record P(int a) {}"));
    DocPage page = DocPage.of(List.of(statements, type));
    assertEquals(List.of("import java.util.List;"), page.imports());
    assertEquals(1, page.checks().size());
    assertEquals("x.md:12", page.checks().get(0).where());
    assertEquals("2", page.checks().get(0).expected());
    assertTrue(page.units().containsKey("Snippet20"), page.units().keySet().toString());
  }

  @Test
  void aSnippetThatDoesNotCompileIsNamedByItsLine() {
    Block bad = new Block("x.md", "java", List.of(), 7, List.of("int n = \"text\";"));
    List<String> errors = DocPage.of(List.of(bad)).compile(List.of()).errors();
    assertFalse(errors.isEmpty());
    assertTrue(errors.get(0).startsWith("x.md:7: "), errors.toString());
  }

  @Test
  void aStatedValueThatIsWrongFails() throws Exception {
    Block wrong =
        new Block("x.md", "java", List.of(), 3, List.of("double d = 0.1 + 0.2; // ⇒ 0.3"));
    List<String> failures = run(DocPage.of(List.of(wrong)), List.of());
    assertEquals(1, failures.size(), failures.toString());
    assertTrue(failures.get(0).startsWith("x.md:3: "), failures.toString());
  }

  private static void check(String document, List<Block> blocks) throws Exception {
    for (Block b : blocks) {
      for (int i = 0; i < b.lines().size(); i++) {
        // the API is what the module descriptors export: no snippet may lean on an internal package
        assertFalse(
            b.lines().get(i).contains(".internal"),
            b.where(i) + ": a snippet that uses an internal package: " + b.lines().get(i));
      }
    }
    List<Path> extra = document.equals(SPARK_PAGE) ? sparkClassPath() : List.of();
    List<String> failures = run(DocPage.of(blocks), extra);
    assertEquals(List.of(), failures, String.join("\n", failures));
  }

  /** Compiles and runs {@code page}; the failures, each starting with its document:line. */
  private static List<String> run(DocPage page, List<Path> extraClassPath) throws Exception {
    DocPage.Compiled compiled = page.compile(extraClassPath);
    if (!compiled.errors().isEmpty()) {
      return compiled.errors();
    }
    List<String> failures = new ArrayList<>();
    Class<?> main = compiled.loader().loadClass(DocPage.MAIN);
    for (DocPage.Runnable r : page.runnables()) {
      Method m = main.getDeclaredMethod(r.method());
      m.setAccessible(true);
      try {
        m.invoke(null);
      } catch (InvocationTargetException e) {
        failures.add(r.where() + ": the snippet throws " + e.getCause());
      }
    }
    java.lang.reflect.Field field = main.getDeclaredField(DocPage.SEEN);
    field.setAccessible(true);
    @SuppressWarnings("unchecked")
    List<Object[]> seen = (List<Object[]>) field.get(null);
    for (Check c : page.checks()) {
      // the value after the snippet ran: the last one recorded there
      Object[] s = seen.stream().filter(x -> x[0].equals(c.where())).reduce((a, b) -> b).orElse(null);
      if (s == null) {
        failures.add(c.where() + ": the stated value was never reached (a snippet that does not run?)");
      } else if (!DocPage.show(s[1]).equals(c.expected())) {
        failures.add(
            c.where() + ": the document states " + c.expected() + " but it is " + DocPage.show(s[1]));
      }
    }
    return failures;
  }

  /** spark-solver's classes and its class path (Spark included), or skip the page. */
  private static List<Path> sparkClassPath() throws IOException {
    Path target = MarkdownBlocks.ROOT.resolve("spark-solver/target");
    Path list = target.resolve("classpath.txt");
    assumeTrue(
        Files.isRegularFile(list) && Files.isDirectory(target.resolve("classes")),
        SPARK_PAGE + " needs a build of spark-solver (./mvnw verify builds it before this module)");
    List<Path> out = new ArrayList<>(List.of(target.resolve("classes")));
    for (String entry : Files.readString(list, StandardCharsets.UTF_8).strip().split(java.io.File.pathSeparator)) {
      if (!entry.isBlank()) {
        out.add(Path.of(entry));
      }
    }
    return out;
  }
}
