package gd;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Headless Chromium (Debian's chromium, which .ci/run installs), offline, for tests that look at
 * a page as a browser shows it. Without it a test is skipped with a message saying so, except
 * under CI=true, where it fails.
 */
public final class Chromium {
    private static final List<Path> PLACES =
            List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));
    private final Path program, dir;

    private Chromium(Path program, Path dir) {
        this.program = program;
        this.dir = dir;
    }

    /** Chromium with its profile in dir, or a skip (a failure under CI). */
    public static Chromium require(Path dir) {
        for (Path p : PLACES) if (Files.isExecutable(p)) return new Chromium(p, dir);
        String why = "Chromium is not installed (apt-get install chromium)";
        if ("true".equals(System.getenv("CI"))) fail(why + ": CI must have it (.ci/run installs it)");
        Assumptions.abort(why + ": the page is not checked in a browser");
        throw new AssertionError("unreachable");
    }

    /** The page's DOM after its scripts ran. */
    public String dumpDom(Path page) throws IOException, InterruptedException {
        Path dom = dir.resolve("dom.html");
        run(List.of("--dump-dom", page.toUri().toString()), dom);
        return Files.readString(dom);
    }

    /** A screenshot of the page in a window of that size, as a PNG file. */
    public Path screenshot(Path page, int w, int h) throws IOException, InterruptedException {
        Path shot = dir.resolve("shot.png");
        List<String> args = List.of("--hide-scrollbars", "--window-size=" + w + "," + h, "--screenshot=" + shot,
                page.toUri().toString());
        run(args, dir.resolve("stdout.txt"));
        assertTrue(Files.exists(shot), "chromium wrote its screenshot");
        return shot;
    }

    private void run(List<String> what, Path out) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(program.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + dir.resolve("profile")));
        cmd.addAll(what);
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(dir.resolve("chromium.log").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium took over two minutes");
        }
    }
}
