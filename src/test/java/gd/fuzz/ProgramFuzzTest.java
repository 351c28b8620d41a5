package gd.fuzz;

import gd.eval.Builtin;
import gd.eval.Output;
import gd.session.Display;
import gd.session.Outcome;
import gd.session.Session;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs generated programs (see {@link ProgramGenerator}) as a script would, through Session and
 * Display, and fails on anything but a value or a positioned message: an exception escaping, a
 * message that renders badly or names Java, a program that does not end, or a session whose
 * earlier state changed. In the suite: a fixed seed and a few hundred programs. By hand, longer:
 * mvn -q test -Dtest=ProgramFuzzTest -Dgd.fuzz.programs=20000 -Dgd.fuzz.seed=7 (and -Dgd.fuzz.show=true
 * to see each program and its errors).
 */
class ProgramFuzzTest {
    /** Built-ins the fuzzer leaves out: none; files it names are relative and do not exist, or go nowhere. */
    private static final Set<String> SKIPPED = Set.of();
    /** A deadline for a program that hangs, not a timing assertion. */
    private static final long HANG_MS = 60_000;

    @Test void generatedProgramsFailOnlyWithPositionedMessages() throws Exception {
        int count = Integer.getInteger("gd.fuzz.programs", 400);
        long seed = Long.getLong("gd.fuzz.seed", 13);
        List<String> builtins = new ArrayList<>();
        for (Builtin b : new Session(quiet()).builtins()) if (!SKIPPED.contains(b.name())) builtins.add(b.name());
        java.util.Collections.sort(builtins);
        ProgramGenerator gen = new ProgramGenerator(seed, builtins);
        for (int i = 0; i < count; i++) {
            List<String> program = gen.program();
            String problem = runOne(program);
            if (Boolean.getBoolean("gd.fuzz.show")) System.out.println("=== " + i + "\n" + String.join("\n", program));
            if (problem != null) fail("program " + i + " (seed " + seed + "): " + problem + "\n--- inputs ---\n" + String.join("\n", program));
        }
        System.out.println("outcomes: " + KINDS);
        System.out.println("ProgramFuzzTest: " + count + " programs (seed " + seed + "), 0 failures");
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, Integer> KINDS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Output quiet() {
        return new Output() { @Override public void line(String text) { } };
    }

    /** Null if the program behaved, else what went wrong. */
    private static String runOne(List<String> program) throws InterruptedException {
        String[] problem = {null};
        Thread t = new Thread(null, () -> problem[0] = check(program), "fuzz", 1L << 30);
        t.start();
        t.join(HANG_MS);
        if (t.isAlive()) {
            t.interrupt();
            t.join(HANG_MS);
            return "did not finish within " + HANG_MS / 1000 + " s" + (t.isAlive() ? " and ignored Ctrl-C" : "");
        }
        return problem[0];
    }

    private static String check(List<String> program) {
        Session s = new Session(quiet());
        try {
            s.eval("<fuzz>", "keep_ = 12345");
            List<String> problems = new ArrayList<>();
            for (String input : program) s.eval("<fuzz>", input, o -> {
                Display.Shown shown = Display.shown(o, s);
                String kind = shown.failure() != null ? shown.failure().diagnostic().kind().toString() : o.getClass().getSimpleName();
                KINDS.merge(kind, 1, Integer::sum);
                if (Boolean.getBoolean("gd.fuzz.show") && shown.failure() != null) System.out.println(Display.err(shown.failure()));
                if (shown.failure() != null) {
                    String text = Display.err(shown.failure());
                    if (!text.startsWith("<fuzz>:") || !text.contains(": error: ") || text.contains("Exception") || text.contains("java."))
                        problems.add("a badly formed error:\n" + text);
                    if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t')) problems.add("a control character in an error:\n" + text);
                }
            });
            List<Outcome> after = s.eval("<fuzz>", "keep_");
            String kept = Display.out(after.get(0), s);
            if (!"12345".equals(kept)) problems.add("the session lost its earlier state: keep_ is " + kept);
            return problems.isEmpty() ? null : String.join("\n", problems);
        } catch (Throwable e) {
            java.io.StringWriter w = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(w));
            return "an exception escaped: " + w.toString().lines().limit(12).reduce("", (a, b) -> a + "\n" + b);
        }
    }
}
