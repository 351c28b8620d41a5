package bench;

import gd.expr.Expr;
import gd.session.Outcome;
import gd.session.Session;
import gd.grad.Engine;
import gd.grad.Layout;
import gd.grad.Tape;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a workload's time goes, in-process: each statement of a bench script timed on its own
 * (the train statement last), then the loss compiled to a Tape, and the per-step cost of each
 * engine (reverse, and symbolic unless --no-symbolic) on the script's loss, warmed up first.
 * Usage (gd jar on the class path): java -Xss1g bench.Phases src/bench/w2.gd [--no-symbolic]
 */
public final class Phases {
    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        boolean symbolic = !List.of(args).contains("--no-symbolic");
        Session s = new Session(text -> { });
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            long t0 = System.nanoTime();
            List<Outcome> out = s.eval(args[0], line);
            System.out.printf("%8.1f ms  %s%s%n", ms(t0), line, out.get(out.size() - 1) instanceof Outcome.Failed f ? "  FAILED: " + f.diagnostic().render() : "");
        }
        Expr loss = (Expr) s.value("loss");
        List<Expr.Sym> params = new ArrayList<>(s.parameters().keySet());
        long t0 = System.nanoTime();
        Tape tape = Tape.compile(loss, params);
        System.out.printf("%8.1f ms  Tape.compile (%d nodes)%n", ms(t0), tape.size());
        double reverse = perStep(Engine.of("reverse", Layout.of(loss), params), params.size(), 2000);
        System.out.printf("reverse engine: %.2f us per step (forward + backward)%n", reverse);
        if (!symbolic) return;
        t0 = System.nanoTime();
        Engine sym = Engine.of("symbolic", Layout.of(loss), params);
        System.out.printf("%8.1f ms  symbolic engine set-up (the raw derivatives)%n", ms(t0));
        double slow = perStep(sym, params.size(), 20);
        System.out.printf("symbolic engine: %.2f us per step; reverse is %.0fx faster per step%n", slow, slow / reverse);
    }

    /** Median over 5 rounds of the mean time of one evaluate(at, grad), after a warm-up round. */
    private static double perStep(Engine e, int n, int steps) {
        double[] at = new double[n], grad = new double[n];
        double[] rounds = new double[6];
        for (int r = 0; r < rounds.length; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < steps; i++) { at[i % n] = 0.001 * i; e.evaluate(at, grad); }
            rounds[r] = (System.nanoTime() - t0) / 1e3 / steps;
        }
        double[] timed = java.util.Arrays.copyOfRange(rounds, 1, rounds.length);
        java.util.Arrays.sort(timed);
        return timed[timed.length / 2];
    }

    private static double ms(long t0) { return (System.nanoTime() - t0) / 1e6; }
}
