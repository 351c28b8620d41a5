package gd.train;

import gd.GdRun;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** samples/nn.gd, the library: micrograd's shapes and names, and its losses checked against finite differences. */
class NnTest {
    private static GdRun nn(String... lines) {
        String[] all = new String[lines.length + 1];
        all[0] = "use(\"samples/nn.gd\")";
        System.arraycopy(lines, 0, all, 1, lines.length);
        return GdRun.exprs(all);
    }

    @Test
    void anMlpHasMicrogradsParametersNamedForTheirPlaces() {
        GdRun r = nn("m = MLP([2, 3, 1], uniform_weights([2, 3, 1], 7))", "ps = parameters(m)", "[len(ps), ps[0], ps[2], ps[9], ps[12]]",
                "all_in = [val(p) for p in ps if val(p) < -1 or val(p) >= 1] == []", "all_in",
                "params u v", "out = mlp(m, [u, v])", "nodes(out) > 20");
        assertEquals("[13, l1[0]w[0], l1[0]b, l2[0]w[0], l2[0]b]\ntrue\ntrue", r.text(), r.err());
    }

    @Test
    void logsumexpIsStableAndCrossEntropyHasTheRightGradient() {
        GdRun r = nn("logsumexp([1000, 1000]) == 1000 + log(2)", "logsumexp([1, 2, 3]) - log(exp(1) + exp(2) + exp(3)) < 1e-15",
                "params x y", "assert check(cross_entropy([x, 2*y, x*y], 1), {x: 1.5, y: 0.5})",
                "assert check(cross_entropy([x, 2*y, x*y], 0), {x: -0.7, y: 2.2})", "val(cross_entropy([x, y], 0), {x: 800, y: 0})");
        assertEquals(0, r.exit(), r.err());
        assertEquals("true\ntrue\n", r.out().substring(0, 10));
        assertEquals("0", r.text().substring(r.text().lastIndexOf('\n') + 1));
    }
}
