package gd.grad;

import gd.expr.Op;

/**
 * The operators over a chunk of rows for {@link RowKernel}: each operand a chunk of values (v)
 * or one value for every row (s), one plain loop per case, because C1 (the launcher's JIT)
 * compiles a loop with a test or a call inside it much worse. The partials are the seed's, as
 * {@link Tape} computes them.
 */
final class Elementwise {
    private Elementwise() {}

    static void vv(Op op, double[] x, double[] y, double[] o, int len) {
        switch (op) {
            case ADD -> { for (int i = 0; i < len; i++) o[i] = x[i] + y[i]; }
            case SUB -> { for (int i = 0; i < len; i++) o[i] = x[i] - y[i]; }
            case MUL -> { for (int i = 0; i < len; i++) o[i] = x[i] * y[i]; }
            case DIV -> { for (int i = 0; i < len; i++) o[i] = x[i] / y[i]; }
            case POW -> { for (int i = 0; i < len; i++) o[i] = Op.pow(x[i], y[i]); }
        }
    }

    static void vs(Op op, double[] x, double y, double[] o, int len) {
        switch (op) {
            case ADD -> { for (int i = 0; i < len; i++) o[i] = x[i] + y; }
            case SUB -> { for (int i = 0; i < len; i++) o[i] = x[i] - y; }
            case MUL -> { for (int i = 0; i < len; i++) o[i] = x[i] * y; }
            case DIV -> { for (int i = 0; i < len; i++) o[i] = x[i] / y; }
            case POW -> { for (int i = 0; i < len; i++) o[i] = Op.pow(x[i], y); }
        }
    }

    static void sv(Op op, double x, double[] y, double[] o, int len) {
        switch (op) {
            case ADD -> { for (int i = 0; i < len; i++) o[i] = x + y[i]; }
            case SUB -> { for (int i = 0; i < len; i++) o[i] = x - y[i]; }
            case MUL -> { for (int i = 0; i < len; i++) o[i] = x * y[i]; }
            case DIV -> { for (int i = 0; i < len; i++) o[i] = x / y[i]; }
            case POW -> { for (int i = 0; i < len; i++) o[i] = Op.pow(x, y[i]); }
        }
    }

    /** d(x op y)/dx and d/dy at one point, given the value: the seed's partials. */
    static double[] partials(Op op, double x, double y, double value) {
        return switch (op) {
            case ADD -> new double[]{1.0, 1.0};
            case SUB -> new double[]{1.0, -1.0};
            case MUL -> new double[]{y, x};
            case DIV -> new double[]{Op.divLeft(y), Op.divRight(x, y)};
            case POW -> new double[]{Op.powLeft(x, y), Op.powRight(x, value)};
        };
    }

    /** Vector node j of k passes its chunk of adjoints on to its operands. */
    static void back(RowKernel k, int j, int len) {
        double[] g = k.adjoints(j), c = k.tmp();
        int x = k.left(j), y = k.right(j);
        if (k.op(j) < 0) {
            gd.expr.Fn f = gd.expr.Fn.values()[-1 - k.op(j)];
            double[] xv = k.values(x);
            for (int i = 0; i < len; i++) c[i] = g[i] * f.slope(xv[i]);
            k.push(x, c, len);
            return;
        }
        if (k.square(j)) {
            double[] xv = k.values(x);
            for (int i = 0; i < len; i++) c[i] = g[i] * (2.0 * xv[i]);
            k.push(x, c, len);
            return;
        }
        Op op = Op.values()[k.op(j)];
        switch (op) {
            case ADD -> { k.push(x, g, len); k.push(y, g, len); }
            case SUB -> {
                k.push(x, g, len);
                for (int i = 0; i < len; i++) c[i] = g[i] * -1.0;
                k.push(y, c, len);
            }
            case MUL -> { k.pushProduct(x, g, y, len); k.pushProduct(y, g, x, len); }
            default -> general(k, op, j, g, c, len);
        }
    }

    private static void general(RowKernel k, Op op, int j, double[] g, double[] c, int len) {
        int x = k.left(j), y = k.right(j);
        double[] o = k.values(j);
        for (int side = 0; side < 2; side++) {
            for (int i = 0; i < len; i++) {
                double xv = k.isVector(x) ? k.values(x)[i] : k.scalar(x), yv = k.isVector(y) ? k.values(y)[i] : k.scalar(y);
                c[i] = g[i] * partials(op, xv, yv, o[i])[side];
            }
            k.push(side == 0 ? x : y, c, len);
        }
    }
}
