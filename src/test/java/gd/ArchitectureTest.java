package gd;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layering the README's Design section promises, read from the sources: below the glue
 * (each library's *Lib and *Options classes) nothing sees the interpreter's argument list or the
 * interpreter, and no two packages depend on each other in a circle.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/gd");
    /** The packages under the built-ins' glue: they get plain values, never Args. */
    private static final Set<String> BELOW_GLUE = Set.of("expr", "ast", "parse", "diff", "simplify", "grad", "teach", "train", "plot");
    private static final Pattern INTERPRETER = Pattern.compile(
            "\\bgd\\.eval\\.(\\*|Args|Interpreter|Calls|Env|UserFn|Builtin|Library)\\b");
    private static final Pattern REFERENCE = Pattern.compile("\\bgd\\.([a-z]+)\\.[A-Z*]");

    @Test void onlyTheGlueSeesArgsAndTheInterpreter() {
        List<String> wrong = new ArrayList<>();
        int glue = 0;
        for (Path f : sources()) {
            String pkg = packageOf(f), name = f.getFileName().toString().replace(".java", "");
            if (!BELOW_GLUE.contains(pkg)) continue;
            boolean isGlue = name.endsWith("Lib") || name.endsWith("Options");
            Matcher m = INTERPRETER.matcher(read(f));
            if (isGlue) glue += m.find() ? 1 : 0;
            else while (m.find()) wrong.add(pkg + "/" + name + " uses gd.eval." + m.group(1));
        }
        assertTrue(glue >= 5, "the scan finds the glue's own imports of Args (found " + glue + ")");
        assertEquals(List.of(), wrong, "below the glue, built-ins get plain records: read Args in a *Lib or *Options class");
    }

    @Test void packagesDependOneWay() {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (Path f : sources()) {
            String pkg = packageOf(f);
            Set<String> to = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
            Matcher m = REFERENCE.matcher(read(f));
            while (m.find()) if (!m.group(1).equals(pkg) && Files.isDirectory(MAIN.resolve(m.group(1)))) to.add(m.group(1));
        }
        assertTrue(uses.getOrDefault("session", Set.of()).contains("eval"), "the scan sees imports: " + uses);
        for (String start : uses.keySet()) {
            List<String> cycle = cycleFrom(start, start, uses, new ArrayList<>(List.of(start)), new TreeSet<>());
            assertEquals(List.of(), cycle, "packages that depend on each other in a circle");
        }
    }

    /** A path start -> ... -> start through the dependency graph, or empty. */
    private static List<String> cycleFrom(String start, String at, Map<String, Set<String>> uses, List<String> path, Set<String> seen) {
        for (String next : uses.getOrDefault(at, Set.of())) {
            if (next.equals(start)) { path.add(next); return path; }
            if (!seen.add(next)) continue;
            path.add(next);
            List<String> found = cycleFrom(start, next, uses, path, seen);
            if (!found.isEmpty()) return found;
            path.remove(path.size() - 1);
        }
        return List.of();
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<Path> all = files.filter(p -> p.toString().endsWith(".java") && !p.getParent().equals(MAIN)).toList();
            assertTrue(all.size() > 100, "the sources are where the test looks: " + MAIN.toAbsolutePath());
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String packageOf(Path f) { return MAIN.relativize(f).getName(0).toString(); }

    /** The file's code without its comments (a Javadoc link is not a dependency). */
    private static String read(Path f) {
        try {
            return Files.readString(f).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
