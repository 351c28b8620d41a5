package gd;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ./gd launcher itself (issue 13, items 8 and 9), run on a copy of it with stand-ins for mvn
 * and java on the PATH: a build that takes a second, and a java that prints how it was started.
 * The real JVM's side of item 8 runs gd.Main in a child JVM set up as the launcher sets it up.
 */
class LauncherTest {
    @TempDir Path dir;

    private static final String FAKE_MVN = """
            #!/bin/sh
            echo build >> "$BUILD_LOG"
            mkdir -p target
            mkdir target/busy || { echo "two builds at once" >&2; exit 1; }
            sleep 1
            echo jar > target/gd.jar
            rmdir target/busy
            """;
    private static final String FAKE_JAVA = """
            #!/bin/sh
            case "$*" in *ArchiveClassesAtExit*) exit 0 ;; esac
            echo "LC_ALL=$LC_ALL"
            for a in "$@"; do echo "arg:$a"; done
            """;

    private Path project() throws IOException {
        Path p = dir.resolve("project");
        Files.createDirectories(p.resolve("src/main"));
        Files.createDirectories(p.resolve("grammar"));
        Files.writeString(p.resolve("pom.xml"), "<project/>");
        Files.copy(Path.of("gd"), p.resolve("gd"));
        script(dir.resolve("bin/mvn"), FAKE_MVN);
        script(dir.resolve("jdk/bin/java"), FAKE_JAVA);
        return p;
    }

    private static void script(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Starts bash -c COMMAND in the project with the stand-ins first on the PATH and the given locale. */
    private Process start(Path project, String command, String lang) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", command).directory(project.toFile());
        pb.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
        pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
        pb.environment().put("BUILD_LOG", dir.resolve("builds.log").toString());
        pb.environment().remove("LC_ALL");
        pb.environment().remove("LC_CTYPE");
        pb.environment().put("LANG", lang);
        return pb.redirectErrorStream(true).start();
    }

    private static String finish(Process p) throws Exception {
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher did not finish");   // a deadline for a hang
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test void twoLaunchersAfterAChangeBuildOnceAndBothRun() throws Exception {
        Path project = project();
        List<Process> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) runs.add(start(project, "./gd -e 1", "C.UTF-8"));
        for (Process p : runs) {
            String out = finish(p);
            assertEquals(0, p.exitValue(), out);
            assertTrue(out.contains("arg:-e\narg:1\n"), out);
        }
        assertEquals(List.of("build"), Files.readAllLines(dir.resolve("builds.log")), "the second launcher waited for the first build instead of building again");
    }

    @Test void underLangCTheJvmGetsAUtf8LocaleAndTheTerminalsCharset() throws Exception {
        Path project = project();
        Files.createDirectories(project.resolve("target"));
        for (String old : List.of("src/main", "grammar", "pom.xml"))
            Files.setLastModifiedTime(project.resolve(old), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        Files.writeString(project.resolve("target/gd.jar"), "jar");   // fresh: no build
        // printf writes the name's UTF-8 bytes: the test's own JVM may not be able to pass them itself under LANG=C.
        Process p = start(project, "./gd \"$(printf '\\303\\274n\\303\\257.gd')\"", "C");
        String out = finish(p);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("LC_ALL=C.UTF-8\n"), out);
        assertTrue(out.contains("arg:-Dgd.charset=ANSI_X3.4-1968\n") || out.contains("arg:-Dgd.charset=US-ASCII\n"), out);
        assertTrue(out.contains("arg:ünï.gd\n"), out);
        Process utf8 = start(project, "./gd -e 1", "C.UTF-8");
        String plain = finish(utf8);
        assertTrue(plain.contains("LC_ALL=\n") && !plain.contains("gd.charset"), "a UTF-8 locale is left as it is: " + plain);
    }

    /** gd.Main in a JVM started as the launcher starts it under LANG=C: non-ASCII names work, and the output stays ASCII. */
    @Test void nonAsciiFileNamesWorkUnderLangC() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Files.writeString(work.resolve("\u00fc.csv"), "x,y\n1,2\n3,4\n");
        Files.writeString(work.resolve("\u00fcn\u00ef.gd"), """
                params x
                rows = load("\u00fc.csv")
                len(rows)
                plot(sin(x), x, -1, 1, to="\u00e9.png")
                plot([1, 2, 4])
                """);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", "exec \"$GD_JAVA\" -cp \"$GD_CP\" -Dgd.charset=ANSI_X3.4-1968 gd.Main \"$(printf '\\303\\274n\\303\\257.gd')\"")
                .directory(work.toFile()).redirectErrorStream(true);
        pb.environment().put("GD_JAVA", java);
        pb.environment().put("GD_CP", System.getProperty("java.class.path"));
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().put("LANG", "C");
        Process p = pb.start();
        String out = finish(p);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.startsWith("2\nwrote \u00e9.png".replace("\u00e9", "?")) || out.startsWith("2\nwrote "), out);
        assertTrue(Files.size(work.resolve("\u00e9.png")) > 1000, "the picture was written under its own name");
        assertTrue(out.chars().allMatch(c -> c < 128), "plain ASCII for a terminal that is not UTF-8:\n" + out);
    }
}
