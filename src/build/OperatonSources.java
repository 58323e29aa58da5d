import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the sources of the Operaton build from the Camunda ones, and the docs its tests compare
 * generated files with: the same files with Camunda 7's names changed to Operaton's
 * ({@code org.camunda.bpm} to {@code org.operaton.bpm}, {@code Camunda*} types, {@code camunda.bpm.*}
 * settings, the {@code /camunda/app} path, the {@code camunda-admin} group). Run by the Maven profile
 * {@code operaton} before compiling (docs/operaton.md):
 *
 * <pre>java src/build/OperatonSources.java FROM TO [FROM TO ...]</pre>
 *
 * Each FROM folder is written into its TO (several may share one): text files renamed, everything
 * else (BPMN, DMN and form files, spreadsheets, images) copied as it is, since Operaton reads models
 * in Camunda's namespace. A file is written only when its content changed, so the compiler's
 * incremental build keeps working, and files in a TO that none of its FROMs holds any more are
 * deleted. A line holding {@value #KEEP_LINE} is kept as it is (it names Camunda on purpose, e.g. the
 * old webapp path); so is a whole file holding {@value #KEEP_FILE}.
 */
public final class OperatonSources {

  static final String KEEP_LINE = "operaton-rename: keep";
  static final String KEEP_FILE = "operaton-rename: keep-file";

  /** Files read as text and renamed; any other file is copied byte for byte. */
  private static final Set<String> TEXT = Set.of("java", "yaml", "yml", "properties", "json", "js", "html",
      "mustache", "css", "txt", "factories", "imports", "sql", "md", "adoc", "puml");

  /**
   * In order: packages and settings, identifiers, paths (not an XML end tag), the admin group, then the
   * name in prose (Camunda Modeler and Camunda Forms keep theirs: Operaton uses both).
   */
  private static final List<Rule> RULES = List.of(
      new Rule("camunda\\.bpm", "operaton.bpm"),
      new Rule("camunda/bpm", "operaton/bpm"),
      new Rule("(?<=\\.instance\\.)camunda(?=\\.)", "operaton"),
      new Rule("Camunda(?=[A-Z])", "Operaton"),
      new Rule("(?<![A-Za-z])camunda(?=[A-Z])", "operaton"),
      new Rule("(?<=/)camunda(?![.:\\w])", "operaton"),
      new Rule("\\bcamunda-admin\\b", "operaton-admin"),
      new Rule("\\bCamunda(?! Modeler| Forms?\\b)(?: 7(?:\\.\\d+)*(?: CE)?)?\\b", "Operaton"));

  /** Java constants ({@code Groups.CAMUNDA_ADMIN}); not in the webapps' locale keys, which keep theirs. */
  private static final Rule JAVA_CONSTANT = new Rule("CAMUNDA_", "OPERATON_");

  /** A YAML document's top-level {@code camunda:} key (the starter's settings). */
  private static final Rule YAML_KEY = new Rule("(?m)^(\\s*)camunda:(?=\\s)", "$1operaton:");

  private OperatonSources() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length == 0 || args.length % 2 != 0) {
      throw new IllegalArgumentException("usage: java OperatonSources.java FROM TO [FROM TO ...]");
    }
    Map<Path, Set<Path>> written = new LinkedHashMap<>();
    int changed = 0;
    for (int i = 0; i < args.length; i += 2) {
      Path to = Path.of(args[i + 1]).toAbsolutePath().normalize();
      changed += mirror(Path.of(args[i]), to, written.computeIfAbsent(to, folder -> new HashSet<>()));
    }
    int deleted = 0;
    for (Map.Entry<Path, Set<Path>> folder : written.entrySet()) {
      deleted += deleteOthers(folder.getKey(), folder.getValue());
    }
    System.out.printf(Locale.ROOT, "OperatonSources: %d files, %d written, %d deleted%n",
        written.values().stream().mapToInt(Set::size).sum(), changed, deleted);
  }

  /**
   * Writes each file of {@code from} into {@code to} (several folders may go into one), adding its
   * path to {@code written}; returns how many were written.
   */
  static int mirror(Path from, Path to, Set<Path> written) throws IOException {
    if (!Files.isDirectory(from)) {
      throw new IllegalArgumentException(from + " is not a folder");
    }
    int changed = 0;
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(renamePath(from.relativize(file).toString().replace('\\', '/'))).normalize();
        written.add(target);
        if (writeIfChanged(target, converted(file))) {
          changed++;
        }
      }
    }
    return changed;
  }

  /** A text's Operaton version. */
  static String rename(String text, String fileName) {
    if (text.contains(KEEP_FILE)) {
      return text;
    }
    String renamed = fileName.endsWith(".yaml") || fileName.endsWith(".yml") ? YAML_KEY.apply(text) : text;
    boolean java = fileName.endsWith(".java");
    StringBuilder out = new StringBuilder(renamed.length());
    for (String line : renamed.split("(?<=\n)", -1)) {
      out.append(line.contains(KEEP_LINE) ? line : renameLine(java ? JAVA_CONSTANT.apply(line) : line));
    }
    return out.toString();
  }

  /** A relative path's Operaton version: a folder named {@code camunda} and {@code Camunda*} file names. */
  static String renamePath(String path) {
    return path.replaceAll("(?<=^|/)camunda(?=/|$)", "operaton").replaceAll("Camunda(?=[A-Z])", "Operaton");
  }

  private static String renameLine(String line) {
    String renamed = line;
    for (Rule rule : RULES) {
      renamed = rule.apply(renamed);
    }
    return renamed;
  }

  private static byte[] converted(Path file) throws IOException {
    byte[] content = Files.readAllBytes(file);
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    if (dot < 0 || !TEXT.contains(name.substring(dot + 1))) {
      return content;
    }
    return rename(new String(content, StandardCharsets.UTF_8), name).getBytes(StandardCharsets.UTF_8);
  }

  private static boolean writeIfChanged(Path target, byte[] content) throws IOException {
    if (Files.isRegularFile(target) && java.util.Arrays.equals(Files.readAllBytes(target), content)) {
      return false;
    }
    Files.createDirectories(target.getParent());
    Files.write(target, content);
    return true;
  }

  private static int deleteOthers(Path to, Set<Path> kept) throws IOException {
    if (!Files.isDirectory(to)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(to)) {
      List<Path> stale = files.filter(Files::isRegularFile).filter(file -> !kept.contains(file.normalize())).toList();
      stale.forEach(file -> {
        try {
          Files.delete(file);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      return stale.size();
    }
  }

  private record Rule(Pattern pattern, String replacement) {

    Rule(String regex, String replacement) {
      this(Pattern.compile(regex), replacement);
    }

    String apply(String text) {
      return pattern.matcher(text).replaceAll(replacement);
    }
  }
}
