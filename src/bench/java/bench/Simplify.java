package bench;

import gd.session.Outcome;
import gd.session.Session;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;

/**
 * The tidy d (the chain rule, then simplify) on inputs that grow: sin nested n deep, and the line
 * fit's loss over n points, d(loss, m). Each input is built by a gd statement, untimed; the d
 * statement is timed alone in CPU time of the whole process (GC and JIT included; on a shared
 * machine wall time mostly measures the neighbours), the median of a few runs after a warm-up,
 * and then per 1,000 of n, which stays flat when the work is linear. Uses only the Session, so the same class times an
 * older gd.jar for a before/after comparison in one run.
 * Usage: java -Xss1g -cp target/gd.jar:classes bench.Simplify [sines=5000,20000] [fit=20000,100000]
 */
public final class Simplify {
    public static void main(String[] args) {
        String sines = "5000,20000", fit = "20000,100000";
        for (String a : args) {
            if (a.startsWith("sines=")) sines = a.substring(6);
            if (a.startsWith("fit=")) fit = a.substring(4);
        }
        for (String n : sines.split(",")) {
            if (n.isEmpty()) continue;
            time("d of sin nested " + n + " deep", Integer.parseInt(n),
                    List.of("params x", "e = x", "for i in range(" + n + "):\n    e = sin(e)\n"), "g = d(e, x)");
        }
        for (String n : fit.split(",")) {
            if (n.isEmpty()) continue;
            time("d(loss, m) of the line fit at " + n + " points", Integer.parseInt(n),
                    List.of("params m b", "xs = linspace(-1, 1, " + n + ")", "loss = sum((m*x + b - (2*x + 1))**2 for x in xs)"), "g = d(loss, m)");
        }
    }

    private static void time(String what, int n, List<String> setup, String timed) {
        Session s = new Session(text -> { });
        for (String line : setup) check(s.eval("<bench>", line), line);
        int runs = n > 50_000 ? 3 : 5;
        double[] ms = new double[runs];
        check(s.eval("<bench>", timed), timed);                 // warm-up
        for (int r = 0; r < runs; r++) {
            long t0 = cpu();
            check(s.eval("<bench>", timed), timed);
            ms[r] = (cpu() - t0) / 1e6;
        }
        Arrays.sort(ms);
        double median = ms[runs / 2];
        System.out.printf("%10.1f ms CPU  %7.2f ms per 1,000  %s (median of %d)%n", median, median * 1000 / n, what, runs);
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void check(List<Outcome> out, String line) {
        if (out.get(out.size() - 1) instanceof Outcome.Failed f) throw new IllegalStateException(line + ": " + f.diagnostic().render());
    }
}
