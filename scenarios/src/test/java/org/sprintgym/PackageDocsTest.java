package org.sprintgym;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every production package of every module says its job in a {@code package-info.java}; a
 * {@code package-info.java} left behind in a folder without classes (after a move) is flagged too.
 * Reads the source tree: javadoc-only package-info files compile to no class file.
 */
class PackageDocsTest {
  private static final List<String> MODULES = List.of("agents", "sim", "policy", "evaluation", "scenarios");
  private static final Pattern JAVADOC = Pattern.compile("/\\*\\*(.*?)\\*/\\s*package\\s+([\\w.]+)\\s*;", Pattern.DOTALL);

  @Test
  void everyPackageSaysItsJob() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path root : sourceRoots()) {
      for (Path dir : packageFolders(root)) {
        problems.addAll(problemsOf(root, dir));
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theAgentsPackageSaysItsAgentsAreTheTeamsMembers() throws IOException {
    Path info = repositoryRoot().resolve("agents/src/main/java/org/sprintgym/agents/package-info.java");
    assertThat(Files.readString(info)).contains("agents").contains("team's members");
  }

  @Test
  void aMissingOrEmptyPackageInfoIsReported(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
    Path pkg = Files.createDirectories(tmp.resolve("org/example/a"));
    Files.writeString(pkg.resolve("A.java"), "package org.example.a; class A {}");
    Path orphan = Files.createDirectories(tmp.resolve("org/example/b"));
    Files.writeString(orphan.resolve("package-info.java"), "/** Gone. */\npackage org.example.b;");
    assertThat(problemsOf(tmp, pkg)).singleElement().asString().contains("no package-info.java");
    assertThat(problemsOf(tmp, orphan)).singleElement().asString().contains("no classes");
  }

  /** What is wrong with one package folder, if anything. */
  static List<String> problemsOf(Path root, Path dir) throws IOException {
    String pkg = root.relativize(dir).toString().replace('/', '.');
    Path info = dir.resolve("package-info.java");
    boolean hasClasses;
    try (Stream<Path> files = Files.list(dir)) {
      hasClasses = files.anyMatch(f -> f.toString().endsWith(".java") && !f.equals(info));
    }
    if (!Files.exists(info)) {
      return hasClasses ? List.of(pkg + ": no package-info.java") : List.of();
    }
    if (!hasClasses) {
      return List.of(pkg + ": package-info.java in a folder with no classes (left behind by a move?)");
    }
    Matcher m = JAVADOC.matcher(Files.readString(info));
    if (!m.find()) {
      return List.of(pkg + ": package-info.java has no javadoc before its package line");
    }
    if (!m.group(2).equals(pkg)) {
      return List.of(pkg + ": package-info.java declares package " + m.group(2));
    }
    String text = m.group(1).replaceAll("(?m)^\\s*\\*", " ").strip();
    return text.split("\\s+").length < 8 ? List.of(pkg + ": its javadoc is too short to say its job") : List.of();
  }

  /** Every module's main sources, sub-modules included (found, so a new module is covered too). */
  private static List<Path> sourceRoots() throws IOException {
    Path repo = repositoryRoot();
    List<Path> roots;
    try (Stream<Path> walk = Files.walk(repo, 4)) {
      roots =
          walk.filter(p -> p.endsWith(Path.of("src", "main", "java")))
              .filter(p -> repo.relativize(p).toString().chars().noneMatch(c -> c == '.'))
              .filter(p -> !repo.relativize(p).toString().contains("target"))
              .sorted()
              .toList();
    }
    for (String module : MODULES) {
      assertThat(roots).contains(repo.resolve(module).resolve("src/main/java"));
    }
    return roots;
  }

  private static List<Path> packageFolders(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isDirectory).filter(PackageDocsTest::holdsJavaFiles).toList();
    }
  }

  private static boolean holdsJavaFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Surefire runs a module's tests in the module folder; the repository is its parent. */
  private static Path repositoryRoot() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("sim")) ? here : here.getParent();
  }
}
