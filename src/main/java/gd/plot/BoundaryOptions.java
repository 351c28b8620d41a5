package gd.plot;

import gd.eval.Args;
import gd.eval.Values;
import gd.expr.Expr;
import gd.expr.Num;
import gd.grad.Tape;
import gd.grad.Tapes;

import java.util.List;
import java.util.function.DoubleBinaryOperator;

/**
 * Glue: boundary(score, x1, x2, data, ...)'s arguments read once into {@link Regions}: the score
 * an expression in the two input symbols (a model's output, its parameters at their values),
 * run on a tape compiled once for the whole grid; data rows [x1, x2, label]; the window around
 * the points unless xrange=/yrange= say. Shown in the terminal or written to a PNG or SVG.
 */
final class BoundaryOptions {
    private BoundaryOptions() {}

    static Object call(Args a) {
        a.expect(4, 4, "xrange", "yrange", "to", "title");
        Expr score = a.expr(0);
        if (!(a.get(1) instanceof Expr.Sym u) || !(a.get(2) instanceof Expr.Sym v) || u == v)
            throw a.errorAt(a.get(1) instanceof Expr.Sym ? 2 : 1,
                    "boundary draws the score over two different input symbols: "
                    + "params u v, then boundary(mlp(model, [u, v]), u, v, data)");
        String to = a.has("to") ? a.keyword("to") instanceof String s ? s : "" : null;
        if (to != null && Pictures.Format.of(to) == null)
            throw a.errorAt("to", "to= names the PNG or SVG file to write, like to=\"boundary.png\"");
        List<Object> rows = a.list(3);
        double[][] pts = points(a, rows);
        Scale xs = ContourOptions.range(a, "xrange", pts[0]), ys = ContourOptions.range(a, "yrange", pts[1]);
        String title = a.has("title") ? PlotLib.text(a, "title")
                : "decision boundary: where the score is above 0, and the points";
        Regions picture = new Regions(at(a, score, u, v), xs, ys, new String[]{u.name(), v.name(), title}, pts[0],
                pts[1], pts[2]);
        if (to == null) a.out().picture(picture);
        else a.out().line(PlotLib.save(a, "to", picture, Pictures.Format.of(to), to));
        return null;
    }

    /** The data's three columns: x1, x2, label. */
    private static double[][] points(Args a, List<Object> rows) {
        double[][] out = new double[3][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            if (!(rows.get(i) instanceof List<?> row) || row.size() < 3 || !(row.get(0) instanceof Num x)
                    || !(row.get(1) instanceof Num y) || !(row.get(2) instanceof Num label))
                throw a.errorAt(3, "boundary's data are rows [x1, x2, label] of numbers, like load(\"moons.csv\"); "
                        + "row " + i
                        + " is " + Values.describe(rows.get(i)));
            out[0][i] = x.doubleValue();
            out[1][i] = y.doubleValue();
            out[2][i] = label.doubleValue();
        }
        return out;
    }

    /** The score at (x1, x2), the other symbols at their values: one tape for every point of the grid; NaN where undefined. */
    private static DoubleBinaryOperator at(Args a, Expr score, Expr.Sym u, Expr.Sym v) {
        List<Expr.Sym> symbols = new java.util.ArrayList<>(List.of(u, v));
        for (Expr.Sym s : Tapes.layout(score).symbols()) if (s != u && s != v) symbols.add(s);
        double[] point = new double[symbols.size()];
        for (int i = 2; i < point.length; i++) {
            Num n = a.env().isParam(symbols.get(i)) ? a.env().param(symbols.get(i)) : null;
            if (n == null)
                throw a.errorAt(0, "the score uses " + symbols.get(i).name()
                        + ", which has no value; give it one with params");
            point[i] = n.doubleValue();
        }
        Tape tape = Tapes.tape(score, symbols);
        return (x, y) -> {
            point[0] = x;
            point[1] = y;
            synchronized (tape) {
                double s = tape.evaluate(point, null);
                return Double.isFinite(s) ? s : Double.NaN;
            }
        };
    }
}
