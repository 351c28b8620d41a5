package gd.train;

import gd.GdRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** param in bulk: the shape of the starting values, the names of the places, and the errors. */
class ParamsTest {

    @Test
    void aListOfValuesGivesAListOfParametersNamedForTheirPlaces() {
        GdRun r = GdRun.exprs("w = param(\"w\", [0.5, -1])", "w", "val(w[1])", "grad(w[0]*w[1])");
        assertEquals("[w[0], w[1]]\n-1\n{w[0]: -1, w[1]: 0.5}", r.text());
    }

    @Test
    void aMatrixFromRandomIsTheDrawRowByRow() {
        GdRun r = GdRun.exprs("w = param(\"w1\", random([3, 2], lo=-1, hi=1, seed=4))", "[len(w), len(w[0])]", "w[2][1]",
                "[val(p) for row in w for p in row] == random(6, lo=-1, hi=1, seed=4)", "min(val(p) for row in w for p in row) >= -1");
        assertEquals("[3, 2]\nw1[2][1]\ntrue\ntrue", r.text(), r.err());
    }

    @Test
    void shapeFillsWithOneNumberAndALoadedFileGivesItsRows(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("w.csv"), "a,b\n1,2\n3,4\n");
        GdRun r = GdRun.exprs("b = param(\"b1\", 0.25, shape=[2, 3])", "b[1]", "val(b[1][2])",
                "m = param(\"m\", load(\"" + dir.resolve("w.csv") + "\"))", "val(m[1][0])", "c = param(\"c\", 7)", "c", "val(c)");
        assertEquals("[b1[1][0], b1[1][1], b1[1][2]]\n0.25\n3\nc\n7", r.text(), r.err());
    }

    @Test
    void badValuesAndShapesAreNamedAtTheirPlace() {
        GdRun r = GdRun.exprs("param(\"z\", [1, [2, \"a\"]])");
        assertEquals(70, r.exit());
        assertTrue(r.err().contains("the item for z[1][1] is the string \"a\""), r.err());
        r = GdRun.exprs("param(\"z\", 1, shape=[2, 0.5])");
        assertTrue(r.err().contains(":1:15: error: a shape is a list of whole numbers, like [16, 2]; got the number 0.5"), r.err());
        r = GdRun.exprs("param(\"z\", [1], shape=[2])");
        assertTrue(r.err().contains("with shape=, the starting value is one number"), r.err());
        r = GdRun.exprs("random([100000, 100000])");
        assertTrue(r.err().contains("at most 10,000,000 numbers at once"), r.err());
    }
}
