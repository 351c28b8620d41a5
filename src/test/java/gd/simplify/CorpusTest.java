package gd.simplify;

import gd.expr.Expr;
import gd.expr.SExpr;
import gd.session.Outcome;
import gd.session.Session;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The derivative corpus (src/test/resources/corpus/derivatives.tsv: expressions that SymPy's and
 * Maxima's test suites differentiate, a derivative table and textbook exercises, each with its
 * source, and SymPy's simplified answer with its size, computed once by
 * src/bench/corpus/sympy_sizes.py). gd's answers are a golden file (derivatives.out,
 * -Dgd.updateGolden=true rewrites it); each is checked for junk and for idempotence, and the
 * whole for the target: no larger than SymPy on at least 95% of the lines, never over 1.5 times.
 * A line whose SymPy answer uses a function gd does not have (cosh, before it exists) is left out
 * of the comparison and named in the report; each new function brings its lines back in.
 */
class CorpusTest {
    private static final Path DIR = Path.of("src/test/resources/corpus");

    /** answer: SymPy's printed answer, to tell whether it uses a function gd does not have (cosh, tan before they exist). */
    record Row(String source, String var, String text, long sympy, String answer) {
        boolean comparable() {
            if (sympy < 0) return false;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("([a-z]+)\\(").matcher(answer);
            while (m.find()) if (gd.expr.Fn.byName(m.group(1)) == null) return false;
            return true;
        }
    }

    record Tally(int smaller, int equal, int larger, double worst) {}

    static List<Row> rows() throws Exception {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(DIR.resolve("derivatives.tsv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t");
            rows.add(new Row(c[0], c[1], c[2], c[3].equals("-") ? -1 : Long.parseLong(c[3]), c[4]));
        }
        return rows;
    }

    static Expr eval(Session s, String text) {
        List<Outcome> out = s.eval("<corpus>", text);
        Outcome last = out.get(out.size() - 1);
        assertTrue(last instanceof Outcome.Value, text + ": " + last);
        return (Expr) ((Outcome.Value) last).value();
    }

    @Test void corpusMatchesItsGoldenFileAndMeetsTheTarget() throws Exception {
        Session s = new Session(t -> { });
        s.eval("<corpus>", "params a b c f g h k m n p q r s t u v w x y z");
        StringBuilder golden = new StringBuilder();
        int smaller = 0, equal = 0, larger = 0, compared = 0;
        double worst = 0;
        List<String> problems = new ArrayList<>(), skipped = new ArrayList<>();
        for (Row r : rows()) {
            Expr d = eval(s, "d(" + r.text + ", " + r.var + ")");
            String where = "d(" + r.text + ", " + r.var + ") = " + SExpr.print(d);
            if (Junk.find(d) != null) problems.add("junk " + SExpr.print(Junk.find(d)) + " in " + where);
            if (Simplifier.simplify(d) != d) problems.add("simplify(d) changes " + where);
            golden.append(r.source).append('\t').append("d(").append(r.text).append(", ").append(r.var).append(")\t")
                    .append(SExpr.print(d)).append('\t').append(d.size()).append('\t').append(r.sympy < 0 ? "-" : r.sympy).append('\n');
            if (!r.comparable()) {      // SymPy's answer needs a function gd lacks, or SymPy timed out
                skipped.add(where);
                continue;
            }
            compared++;
            if (d.size() < r.sympy) smaller++;
            else if (d.size() == r.sympy) equal++;
            else larger++;
            worst = Math.max(worst, (double) d.size() / r.sympy);
            if (d.size() > 1.5 * r.sympy) problems.add(where + " has size " + d.size() + ", over 1.5x SymPy's " + r.sympy);
        }
        Path out = DIR.resolve("derivatives.out");
        if (Boolean.getBoolean("gd.updateGolden")) Files.writeString(out, golden.toString());
        String tally = compared + " compared (" + skipped.size() + " not: " + skipped + "): " + smaller + " smaller, " + equal + " equal, " + larger + " larger; worst ratio " + worst;
        System.out.println("corpus: " + tally);
        assertEquals(List.of(), problems, tally);
        assertTrue(larger <= 0.05 * compared, tally);
        assertEquals(Files.readString(out), golden.toString(), "gd's answers differ from " + out);
    }
}
