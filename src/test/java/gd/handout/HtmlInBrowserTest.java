package gd.handout;

import gd.GdRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTML handout in a real browser, offline: headless Chromium (Debian's chromium) loads it
 * with networking off, and the page it ends with has every formula typeset by KaTeX, none as an
 * error. Skipped, with a message, where Chromium is not installed.
 */
@Timeout(180)
class HtmlInBrowserTest {
    @Test void katexTypesetsEveryFormula(@TempDir Path dir) throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(chromium), "Chromium is not installed (apt-get install chromium): the HTML is not checked in a browser");
        Path script = dir.resolve("sheet.gd");
        Files.writeString(script, HandoutTest.SCRIPT.replace("assert d(x**2, x) == 3\n", "") + "d(x**(1/2), x)\nd(sin(x)/x, x)\n");
        assertEquals(0, GdRun.args("--to", "html", script.toString()).exit());
        Path dom = dir.resolve("dom.html");
        Process p = new ProcessBuilder(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + dir.resolve("profile"),
                "--dump-dom", dir.resolve("sheet.html").toUri().toString()))
                .redirectOutput(dom.toFile()).redirectError(dir.resolve("chromium.log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
        String page = Files.readString(dom, StandardCharsets.UTF_8);
        int formulas = page.split("<div class=\"math\">", -1).length - 1;
        assertEquals(3, formulas, page.length() > 2000 ? page.substring(0, 2000) : page);
        assertEquals(formulas, page.split("class=\"katex-display\"", -1).length - 1, "every formula typeset");
        assertFalse(page.contains("class=\"katex-error\""), "no formula failed to typeset");
    }
}
