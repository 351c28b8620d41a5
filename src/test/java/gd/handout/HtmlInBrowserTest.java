package gd.handout;

import gd.Chromium;
import gd.GdRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTML handout in a real browser, offline: headless Chromium (Debian's chromium) loads it
 * with networking off, and the page it ends with has every formula typeset by KaTeX, none as an
 * error. Skipped, with a message, where Chromium is not installed; under CI=true that fails.
 */
@Timeout(180)
class HtmlInBrowserTest {
    @Test void katexTypesetsEveryFormula(@TempDir Path dir) throws Exception {
        Chromium chromium = Chromium.require(dir);
        Path script = dir.resolve("sheet.gd");
        Files.writeString(script, HandoutTest.SCRIPT.replace("assert d(x**2, x) == 3\n", "") + "d(x**(1/2), x)\nd(sin(x)/x, x)\n");
        assertEquals(0, GdRun.args("--to", "html", script.toString()).exit());
        String page = chromium.dumpDom(dir.resolve("sheet.html"));
        int formulas = page.split("<div class=\"math\">", -1).length - 1;
        assertEquals(3, formulas, page.length() > 2000 ? page.substring(0, 2000) : page);
        assertEquals(formulas, page.split("class=\"katex-display\"", -1).length - 1, "every formula typeset");
        assertFalse(page.contains("class=\"katex-error\""), "no formula failed to typeset");
    }
}
