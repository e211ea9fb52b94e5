package org.pathsum.cli;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.pathsum.cli.MarkdownBlocks.Block;

/**
 * The {@code ```java} blocks of one document turned into Java that compiles and runs, for {@link
 * DocSnippetsTest}. A block is, by its lines at column 0:
 *
 * <ul>
 *   <li><b>types</b> when one declares a class, interface, record or enum: the block is a
 *       compilation unit of its own (named after its public type, if any), so later blocks can use
 *       the types it declares;
 *   <li><b>members</b> when one starts with a modifier ({@code static}, {@code public}, …): the
 *       block's methods and fields join the page's class {@value #MAIN};
 *   <li><b>statements</b> otherwise: the block becomes the body of a method of {@value #MAIN},
 *       which the test runs; the flag {@code continued} ({@code ```java continued}) appends the
 *       block to the previous statements instead, so that it can use their variables, and {@code
 *       no-run} compiles without running (for code that needs a cluster or the user's files).
 * </ul>
 *
 * <p>A leading run of import lines (blank lines allowed) may open any block; the imports of all
 * blocks serve the whole page. In statements, a line that ends a statement assigning a variable
 * and carries the comment {@code // ⇒ VALUE} states that variable's value there: the test records
 * it and compares {@link #show} of it with {@code VALUE}. Every generated line remembers the
 * document line it came from, so a compile error names {@code document:line}.
 */
final class DocPage {

  /** The class that holds the page's members and statements. */
  static final String MAIN = "DocSnippets";

  /** The field of {@value #MAIN} that records the values stated with {@code // ⇒}. */
  static final String SEEN = "SEEN";

  /** The comment marker of a stated value. */
  static final String STATES = "// ⇒";

  private static final Pattern IMPORT = Pattern.compile("import\\s+(static\\s+)?[\\w.]+(\\.\\*)?\\s*;\\s*");
  private static final Pattern TYPE =
      Pattern.compile(
          "(@\\w+\\s+)*((public|protected|private|abstract|final|sealed|non-sealed|static|strictfp)\\s+)*"
              + "(class|interface|enum|record)\\s+(\\w+).*");
  private static final Pattern PUBLIC_TYPE =
      Pattern.compile("public\\s+((abstract|final|sealed|non-sealed|strictfp)\\s+)*(class|interface|enum|record)\\s+(\\w+).*");
  private static final Pattern MEMBER =
      Pattern.compile("((public|protected|private|static|final|abstract|synchronized)\\s+).*");
  private static final Pattern STATED = Pattern.compile("(.*;)\\s*//\\s*⇒\\s*(.+?)\\s*");
  private static final Pattern DECLARED =
      Pattern.compile("\\s*(final\\s+)?[\\w.]+(<.*>)?(\\[\\])*\\s+(\\w+)\\s*=.*");
  private static final Pattern ASSIGNED = Pattern.compile("\\s*(\\w+)\\s*=[^=].*");

  /** A value the page states: where, and its text. */
  record Check(String where, String expected) {}

  /** A method of {@value #MAIN} to run, and the document line of its first statement. */
  record Runnable(String method, String where) {}

  /** Java source lines, each with the document line it came from (null: generated). */
  private static final class Unit {
    final List<String> lines = new ArrayList<>();
    final List<String> origins = new ArrayList<>();

    void add(String line, String origin) {
      lines.add(line);
      origins.add(origin);
    }

    String text() {
      return String.join("\n", lines) + "\n";
    }
  }

  private final Set<String> imports = new LinkedHashSet<>();
  private final Map<String, Unit> units = new LinkedHashMap<>();
  private final Unit members = new Unit();
  private final List<Unit> methods = new ArrayList<>();
  private final List<Runnable> runnables = new ArrayList<>();
  private final List<Boolean> runMethod = new ArrayList<>();
  private final List<Check> checks = new ArrayList<>();

  private DocPage() {}

  /** The page made of {@code blocks}, all {@code java}, in document order. */
  static DocPage of(List<Block> blocks) {
    DocPage page = new DocPage();
    for (Block b : blocks) {
      page.add(b);
    }
    page.assemble();
    return page;
  }

  List<String> imports() {
    return List.copyOf(imports);
  }

  /** The compilation units by name, {@value #MAIN} included, as source text. */
  Map<String, String> units() {
    Map<String, String> out = new LinkedHashMap<>();
    units.forEach((name, u) -> out.put(name, u.text()));
    return out;
  }

  List<Check> checks() {
    return List.copyOf(checks);
  }

  List<Runnable> runnables() {
    return List.copyOf(runnables);
  }

  private void add(Block b) {
    List<String> lines = b.lines();
    int start = 0;
    while (start < lines.size()
        && (lines.get(start).isBlank() || IMPORT.matcher(lines.get(start)).matches())) {
      if (!lines.get(start).isBlank()) {
        imports.add(lines.get(start).strip());
      }
      start++;
    }
    boolean types = false;
    boolean member = false;
    String publicType = null;
    for (int i = start; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.isEmpty() || Character.isWhitespace(l.charAt(0))) {
        continue;
      }
      Matcher t = PUBLIC_TYPE.matcher(l);
      if (t.matches() && publicType == null) {
        publicType = t.group(4);
      }
      types |= TYPE.matcher(l).matches();
      member |= MEMBER.matcher(l).matches();
    }
    if (types) {
      Unit u = new Unit();
      for (int i = start; i < lines.size(); i++) {
        u.add(lines.get(i), b.where(i));
      }
      units.put(publicType != null ? publicType : "Snippet" + b.firstLine(), u);
    } else if (member) {
      for (int i = start; i < lines.size(); i++) {
        members.add("  " + lines.get(i), b.where(i));
      }
    } else {
      statements(b, start);
    }
  }

  private void statements(Block b, int start) {
    Unit m;
    if (b.has("continued") && !methods.isEmpty()) {
      m = methods.get(methods.size() - 1);
      runMethod.set(methods.size() - 1, runMethod.get(methods.size() - 1) && !b.has("no-run"));
    } else {
      m = new Unit();
      methods.add(m);
      runMethod.add(!b.has("no-run"));
      runnables.add(new Runnable("snippet" + methods.size(), b.where(start)));
    }
    List<String> lines = b.lines();
    int statementStart = start;
    for (int i = start; i < lines.size(); i++) {
      String l = lines.get(i);
      m.add("    " + l, b.where(i));
      Matcher stated = STATED.matcher(l);
      if (stated.matches()) {
        String variable = variable(lines.get(statementStart), b.where(i));
        checks.add(new Check(b.where(i), stated.group(2)));
        m.add("    seen(\"" + b.where(i) + "\", " + variable + ");", b.where(i));
      }
      String code = l.replaceAll("//.*", "").strip();
      if (code.isEmpty() || code.endsWith(";") || code.endsWith("{") || code.endsWith("}")) {
        statementStart = i + 1;
      }
    }
  }

  /** The variable a statement starting with {@code first} declares or assigns. */
  private static String variable(String first, String where) {
    Matcher d = DECLARED.matcher(first);
    if (d.matches()) {
      return d.group(4);
    }
    Matcher a = ASSIGNED.matcher(first);
    if (a.matches()) {
      return a.group(1);
    }
    throw new AssertionError(
        where + ": a stated value (" + STATES + ") on a statement that assigns no variable: " + first);
  }

  private void assemble() {
    Unit main = new Unit();
    main.add("final class " + MAIN + " {", null);
    main.add("  static final java.util.List<Object[]> " + SEEN + " = new java.util.ArrayList<>();", null);
    main.add("  static void seen(String where, Object value) {", null);
    main.add("    " + SEEN + ".add(new Object[] {where, value});", null);
    main.add("  }", null);
    for (int i = 0; i < members.lines.size(); i++) {
      main.add(members.lines.get(i), members.origins.get(i));
    }
    List<Runnable> run = new ArrayList<>();
    for (int k = 0; k < methods.size(); k++) {
      Unit m = methods.get(k);
      main.add("  static void snippet" + (k + 1) + "() throws Throwable {", null);
      for (int i = 0; i < m.lines.size(); i++) {
        main.add(m.lines.get(i), m.origins.get(i));
      }
      main.add("  }", null);
      if (runMethod.get(k)) {
        run.add(runnables.get(k));
      }
    }
    main.add("}", null);
    runnables.clear();
    runnables.addAll(run);
    units.put(MAIN, main);
    for (Unit u : units.values()) {
      List<String> head = new ArrayList<>(imports);
      for (int i = head.size() - 1; i >= 0; i--) {
        u.lines.add(0, head.get(i));
        u.origins.add(0, null);
      }
    }
  }

  /**
   * How a stated value is written: arrays as {@link Arrays#deepToString}, strings in double quotes,
   * anything else as {@link String#valueOf}.
   */
  static String show(Object v) {
    if (v instanceof String s) {
      return "\"" + s + "\"";
    }
    if (v != null && v.getClass().isArray()) {
      String s = Arrays.deepToString(new Object[] {v});
      return s.substring(1, s.length() - 1);
    }
    return String.valueOf(v);
  }

  /** The outcome of compiling: errors as {@code document:line: message}, or a loader. */
  record Compiled(List<String> errors, ClassLoader loader) {}

  /** Compiles every unit with the test class path and {@code extraClassPath}, in memory. */
  Compiled compile(List<Path> extraClassPath) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StandardJavaFileManager standard =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
    Map<String, ByteArrayOutputStream> classes = new HashMap<>();
    JavaFileManager files =
        new ForwardingJavaFileManager<>(standard) {
          @Override
          public JavaFileObject getJavaFileForOutput(
              Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
            return new SimpleJavaFileObject(
                URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
              @Override
              public OutputStream openOutputStream() {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                classes.put(className, bytes);
                return bytes;
              }
            };
          }
        };
    List<JavaFileObject> sources = new ArrayList<>();
    Map<String, Unit> byUri = new HashMap<>();
    for (Map.Entry<String, Unit> e : units.entrySet()) {
      String text = e.getValue().text();
      URI uri = URI.create("string:///" + e.getKey() + ".java");
      byUri.put(uri.toString(), e.getValue());
      sources.add(
          new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
              return text;
            }
          });
    }
    StringBuilder cp = new StringBuilder(System.getProperty("java.class.path"));
    for (Path p : extraClassPath) {
      cp.append(File.pathSeparator).append(p.toAbsolutePath());
    }
    List<String> options =
        List.of("--release", "17", "-proc:none", "-encoding", "UTF-8", "-classpath", cp.toString());
    boolean ok = javac.getTask(null, files, diagnostics, options, null, sources).call();
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(origin(byUri.get(d.getSource() == null ? "" : d.getSource().toUri().toString()), d)
            + ": " + d.getMessage(Locale.ROOT));
      }
    }
    if (!ok && errors.isEmpty()) {
      errors.add("the page did not compile, without an error message");
    }
    ClassLoader loader =
        new ClassLoader(DocPage.class.getClassLoader()) {
          @Override
          protected Class<?> findClass(String name) throws ClassNotFoundException {
            ByteArrayOutputStream bytes = classes.get(name);
            if (bytes == null) {
              throw new ClassNotFoundException(name);
            }
            byte[] b = bytes.toByteArray();
            return defineClass(name, b, 0, b.length);
          }
        };
    return new Compiled(errors, loader);
  }

  /** The document line of a diagnostic: its own, or the nearest one before it. */
  private static String origin(Unit unit, Diagnostic<?> d) {
    if (unit == null) {
      return "(generated)";
    }
    int line = (int) Math.min(Math.max(d.getLineNumber(), 1), unit.origins.size());
    for (int i = line - 1; i >= 0; i--) {
      if (unit.origins.get(i) != null) {
        return unit.origins.get(i);
      }
    }
    for (String o : unit.origins) {
      if (o != null) {
        return o;
      }
    }
    return "(generated)";
  }
}
