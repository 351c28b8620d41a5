package gd.teach;

import gd.GdRun;
import gd.diff.Derivative;
import gd.expr.Expr;
import gd.expr.RandomExprs;
import gd.simplify.Simplifier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The LaTeX gd writes compiles with the real pdflatex (Debian's texlive-latex-base, which .ci/run
 * installs): latex(e) and latex(d(e, x)) for random expressions (every function, depth 5) and
 * the cases, explain(..., notation="latex") with its rule formulas, all in one document
 * and one run; and the handouts gd --to latex writes of the tutorial and the worksheet.
 * Without pdflatex the test is skipped with a message saying so, except under CI, where it fails.
 */
class LatexCompileTest {
    private static final Expr.Sym X = Expr.sym("x"), Y = Expr.sym("y");
    private static final List<String> CASES = List.of("(x/3)**y", "sqrt(x)**3", "-x", "x*(-1)", "cos(x)", "cos(2*x)",
            "x**(1/2)", "1/sqrt(x**2 + 1)", "exp(-x**2/2)", "abs(x - y)", "log(x, 2)", "tan(x)**-2", "2**x**y",
            "x/2.0", "1e-20*x", "1e300*x**2", "(2/3)**x", "-(x + y)**2", "sin(x)**2 + cos(x)**2", "-x**2/2 + 3*x/4 - 5/7");

    @Test void expressionsDerivativesAndExplanationsCompile(@TempDir Path dir) throws Exception {
        String pdflatex = require();
        StringBuilder doc = new StringBuilder("\\documentclass{article}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amsmath,amssymb}\n\\begin{document}\n");
        RandomExprs gen = new RandomExprs(5);
        for (int i = 0; i < 120; i++) add(doc, "random " + i, gen.next(5), i % 2 == 0 ? X : Y);
        for (String c : CASES) add(doc, c, (Expr) NotationsTest.gd(c), X);
        doc.append("\\end{document}\n");
        compile(pdflatex, dir, "all", doc.toString());
    }

    @Test void handoutsCompile(@TempDir Path dir) throws Exception {
        String pdflatex = require();
        for (String sample : List.of("tutorial", "worksheet")) {
            Path gd = dir.resolve(sample + ".gd");
            Files.copy(Path.of("samples", sample + ".gd"), gd);
            GdRun run = GdRun.args("--to", "latex", gd.toString());
            assertEquals("", run.err().replaceAll("(?m)^.*check.* did not hold.*\\n?", ""), run.err());
            compile(pdflatex, dir, sample, Files.readString(dir.resolve(sample + ".tex")));
        }
    }

    private static void add(StringBuilder doc, String what, Expr e, Expr.Sym by) {
        doc.append("\n%% ").append(what.replace("\n", " ")).append("\n\\[ ").append(Latex.print(e)).append(" \\]\n");
        doc.append("\\[ ").append(Latex.print(Simplifier.simplify(Derivative.tidy(e, by)))).append(" \\]\n");
        List<String> lines = Explain.lines(e, by, false, Notation.LATEX);
        for (String line : lines.subList(0, lines.size() - 1)) doc.append(line).append('\n');
        doc.append("\\[ ").append(lines.get(lines.size() - 1)).append(" \\]\n");
    }

    /** Runs pdflatex once on text; a failure shows LaTeX's message and the lines around the one it stopped at. */
    static void compile(String pdflatex, Path dir, String name, String text) throws IOException, InterruptedException {
        Path tex = dir.resolve(name + ".tex");
        Files.writeString(tex, text);
        Process p = new ProcessBuilder(pdflatex, "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", tex.getFileName().toString())
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS)) { p.destroyForcibly(); fail("pdflatex took over 5 minutes on " + name); }
        if (p.exitValue() == 0) return;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^l\\.(\\d+)").matcher(log);
        String around = "";
        if (m.find()) {
            List<String> src = text.lines().toList();
            int at = Integer.parseInt(m.group(1)) - 1;
            around = String.join("\n", src.subList(Math.max(0, at - 6), Math.min(src.size(), at + 2)));
        }
        int bang = log.indexOf("\n!");
        fail(name + ".tex does not compile:\n" + (bang >= 0 ? log.substring(bang, Math.min(log.length(), bang + 600)) : log) + "\n--- near:\n" + around);
    }

    /** pdflatex's path, or a skip (a failure under CI=true) when it is not installed. */
    static String require() {
        for (String p : List.of("/usr/bin/pdflatex", "/usr/local/bin/pdflatex")) if (Files.isExecutable(Path.of(p))) return p;
        String why = "pdflatex is not installed (apt-get install texlive-latex-base), so gd's LaTeX was not compiled";
        if ("true".equals(System.getenv("CI"))) fail(why + ": CI must have it (.ci/run installs it)");
        Assumptions.abort(why);
        return null;
    }
}
