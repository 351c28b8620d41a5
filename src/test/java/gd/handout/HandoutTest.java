package gd.handout;

import gd.GdRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** gd --echo and gd --to: transcripts and handouts of a script, with its exercises and answer key. */
class HandoutTest {
    static final String SCRIPT = """
            # A small worksheet.
            params x
            e = x**2
            d(e, x)   # the slope

            # --- Exercises
            # Fill in the blanks.
            assert same(d(x**3, x), 3*x**2)
            assert d(x**2, x) == 3
            print("done")
            plot(e, x, -1, 1)
            """;

    private static Path script(Path dir) throws Exception {
        Path p = dir.resolve("sheet.gd");
        Files.writeString(p, SCRIPT);
        return p;
    }

    @Test void echoShowsEachStatementBeforeItsOutput(@TempDir Path dir) throws Exception {
        Path p = script(dir);
        Files.writeString(p, SCRIPT.replace("assert d(x**2, x) == 3\n", "").replace("plot(e, x, -1, 1)\n", ""));
        GdRun run = GdRun.args("--echo", p.toString());
        assertEquals("""
                # A small worksheet.
                gd> params x
                gd> e = x**2
                gd> d(e, x)   # the slope
                (* 2 x)

                # --- Exercises
                # Fill in the blanks.
                gd> assert same(d(x**3, x), 3*x**2)
                ✓ holds
                gd> print("done")
                done
                """, run.out());
        assertEquals("", run.err());
        assertEquals(0, run.exit());
    }

    @Test void echoStopsAtAnErrorAsAScriptDoes(@TempDir Path dir) throws Exception {
        GdRun run = GdRun.args("--echo", script(dir).toString());
        assertTrue(run.out().endsWith("gd> assert d(x**2, x) == 3\n"), run.out());
        assertTrue(run.err().startsWith(dir.resolve("sheet.gd") + ":9:1: error: assert"), run.err());
        assertEquals(70, run.exit());
    }

    @Test void markdownHasProseCodeMathPicturesAndChecks(@TempDir Path dir) throws Exception {
        GdRun run = GdRun.args("--to", "markdown", script(dir).toString());
        assertEquals("wrote " + dir.resolve("sheet.md") + " and 1 picture beside it\n", run.out());
        assertTrue(run.err().contains("1 check did not hold"), run.err());
        assertEquals(70, run.exit(), "a check that failed fails the run, after the document is written");
        String md = Files.readString(dir.resolve("sheet.md"));
        assertTrue(md.startsWith("# sheet\n\nA small worksheet.\n\n```python\nparams x\ne = x**2\nd(e, x)   # the slope\n```\n\n$$2 x$$\n\n"), md);
        assertTrue(md.contains("## Exercises\n\nFill in the blanks.\n\n✓ `assert same(d(x**3, x), 3*x**2)`\n\n✗ `assert d(x**2, x) == 3`: assertion failed: 'd(x**2, x) == 3'"), md);
        assertTrue(md.contains("```text\ndone\n```\n\n```python\nplot(e, x, -1, 1)\n```\n\n![chart 1](sheet-1.png)\n"), md);
        assertNotNull(ImageIO.read(dir.resolve("sheet-1.png").toFile()), "the picture is a PNG");
    }

    @Test void exercisesLeaveTheAnswersOutAndTheKeyHasOnlyThem(@TempDir Path dir) throws Exception {
        Path p = script(dir);
        GdRun.args("--to", "markdown", "--exercises", p.toString());
        String ex = Files.readString(dir.resolve("sheet-exercises.md"));
        assertTrue(ex.startsWith("# sheet: exercises\n"), ex);
        assertTrue(ex.contains("```python\nassert same(d(x**3, x), ____)\nassert d(x**2, x) == ____\n"), ex);
        assertFalse(ex.contains("3*x**2") || ex.contains("✓") || ex.contains("✗"), ex);
        assertTrue(ex.contains("$$2 x$$"), "worked results stay: " + ex);
        GdRun.args("--to", "markdown", "--answers", "-o", dir.resolve("key.md").toString(), p.toString());
        String key = Files.readString(dir.resolve("key.md"));
        assertTrue(key.startsWith("# sheet: answer key\n\n## Exercises\n\nFill in the blanks.\n\n✓ `assert same(d(x**3, x), 3*x**2)`\n"), key);
        assertFalse(key.contains("params x"), key);
    }

    @Test void htmlBundlesKatexAndNeedsNoNetwork(@TempDir Path dir) throws Exception {
        GdRun.args("--to", "html", script(dir).toString());
        String html = Files.readString(dir.resolve("sheet.html"));
        assertTrue(html.contains("<div class=\"math\">2 x</div>"), "math for KaTeX");
        assertTrue(html.contains("katex.render(") && html.contains("url(data:font/woff2;base64,"), "KaTeX and its fonts inline");
        assertFalse(html.matches("(?s).*(src|href)=\"https?:.*"), "nothing fetched from the network");
        assertTrue(html.contains("<img src=\"sheet-1.png\""));
        assertTrue(html.contains("<div class=\"check pass\">✓ assert same(d(x**3, x), 3*x**2)</div>"));
    }

    @Test void latexIsAnArticle(@TempDir Path dir) throws Exception {
        GdRun.args("--to", "latex", script(dir).toString());
        String tex = Files.readString(dir.resolve("sheet.tex"));
        assertTrue(tex.startsWith("\\documentclass{article}"));
        assertTrue(tex.contains("\\[ 2 x \\]") && tex.contains("\\includegraphics[width=0.8\\linewidth]{sheet-1.png}") && tex.contains("$\\checkmark$"), tex);
        assertTrue(tex.endsWith("\\end{document}\n"));
    }

    @Test void badUseIsReported(@TempDir Path dir) throws Exception {
        assertEquals(64, GdRun.args("--to", "pdf", "x.gd").exit());
        assertEquals(64, GdRun.args("--to", "html").exit());
        assertEquals(64, GdRun.args("--echo", "--exercises", "x.gd").exit());
        assertEquals(66, GdRun.args("--echo", dir.resolve("missing.gd").toString()).exit());
        Path bad = dir.resolve("bad.gd");
        Files.writeString(bad, "params x\nd(x,, x)\n");
        GdRun run = GdRun.args("--to", "html", bad.toString());
        assertEquals(65, run.exit());
        assertTrue(run.err().startsWith(bad + ":2:"), run.err());
        assertFalse(Files.exists(dir.resolve("bad.html")), "a script that does not parse writes no document");
    }
}
