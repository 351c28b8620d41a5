package gd.grad;

import gd.expr.Fn;
import gd.expr.Op;

/**
 * The loops over a chunk of rows for {@link RowKernel}: each operand a chunk of values (v), read
 * from an offset (a data column is read in place, not copied), or one value for every row (s);
 * one plain loop per case, because C1 (the launcher's JIT) compiles a loop with a test or a call
 * inside it much worse. The partials are the seed's, as {@link Tape} computes them, and each
 * adjoint gets the same doubles in the same order whichever way it is stored.
 */
final class Elementwise {
    private Elementwise() {}

    static void vv(Op op, double[] x, int xo, double[] y, int yo, double[] o, int len) {
        switch (op) {
            case ADD -> { for (int i = 0; i < len; i++) o[i] = x[xo + i] + y[yo + i]; }
            case SUB -> { for (int i = 0; i < len; i++) o[i] = x[xo + i] - y[yo + i]; }
            case MUL -> { for (int i = 0; i < len; i++) o[i] = x[xo + i] * y[yo + i]; }
            case DIV -> { for (int i = 0; i < len; i++) o[i] = x[xo + i] / y[yo + i]; }
            case POW -> { for (int i = 0; i < len; i++) o[i] = Op.pow(x[xo + i], y[yo + i]); }
        }
    }

    static void vs(Op op, double[] x, int xo, double y, double[] o, int len) {
        switch (op) {
            case ADD -> { for (int i = 0; i < len; i++) o[i] = x[xo + i] + y; }
            case SUB -> { for (int i = 0; i < len; i++) o[i] = x[xo + i] - y; }
            case MUL -> { for (int i = 0; i < len; i++) o[i] = x[xo + i] * y; }
            case DIV -> { for (int i = 0; i < len; i++) o[i] = x[xo + i] / y; }
            case POW -> { for (int i = 0; i < len; i++) o[i] = Op.pow(x[xo + i], y); }
        }
    }

    static void sv(Op op, double x, double[] y, int yo, double[] o, int len) {
        switch (op) {
            case ADD -> { for (int i = 0; i < len; i++) o[i] = x + y[yo + i]; }
            case SUB -> { for (int i = 0; i < len; i++) o[i] = x - y[yo + i]; }
            case MUL -> { for (int i = 0; i < len; i++) o[i] = x * y[yo + i]; }
            case DIV -> { for (int i = 0; i < len; i++) o[i] = x / y[yo + i]; }
            case POW -> { for (int i = 0; i < len; i++) o[i] = Op.pow(x, y[yo + i]); }
        }
    }

    static void fn(Fn f, double[] x, int xo, double[] o, int len) {
        for (int i = 0; i < len; i++) o[i] = f.apply(x[xo + i]);
    }

    static void square(double[] x, int xo, double[] o, int len) {
        for (int i = 0; i < len; i++) o[i] = x[xo + i] * x[xo + i];
    }

    /** acc plus each square in turn (the seed's order), the squares not kept. */
    static double squareSum(double[] x, int xo, int len, double acc) {
        for (int i = 0; i < len; i++) acc += x[xo + i] * x[xo + i];
        return acc;
    }

    /** x + s*w: the product and the sum in one loop, each rounded as when apart. */
    static void axpy(double[] x, int xo, double s, double[] w, int wo, double[] o, int len) {
        for (int i = 0; i < len; i++) o[i] = x[xo + i] + s * w[wo + i];
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
    static void back(RowKernel k, int j, int lo, int len) {
        double[] g = k.adjoints(j);
        int x = k.left(j), y = k.right(j);
        if (k.op(j) < 0 || k.square(j)) {
            int sink = k.sink(x);
            if (sink == RowKernel.NONE) return;
            double[] t = k.adjoints(x), xv = k.values(x);
            int xo = k.at(x, lo);
            boolean add = sink == RowKernel.ADD;
            if (k.square(j) && add) for (int i = 0; i < len; i++) t[i] += g[i] * (2.0 * xv[xo + i]);
            else if (k.square(j)) for (int i = 0; i < len; i++) t[i] = g[i] * (2.0 * xv[xo + i]);
            else slopes(Fn.values()[-1 - k.op(j)], g, xv, xo, t, add, len);
            return;
        }
        Op op = Op.values()[k.op(j)];
        switch (op) {
            case ADD -> { push(k, x, g, len); push(k, y, g, len); }
            case SUB -> { push(k, x, g, len); negate(k, y, g, len); }
            case MUL -> { product(k, x, g, y, lo, len); product(k, y, g, x, lo, len); }
            default -> general(k, op, j, g, lo, len);
        }
    }

    private static void slopes(Fn f, double[] g, double[] xv, int xo, double[] t, boolean add, int len) {
        if (add) for (int i = 0; i < len; i++) t[i] += g[i] * f.slope(xv[xo + i]);
        else for (int i = 0; i < len; i++) t[i] = g[i] * f.slope(xv[xo + i]);
    }

    /** Adds c[0..len) into node j's adjoint. */
    private static void push(RowKernel k, int j, double[] c, int len) {
        switch (k.sink(j)) {
            case RowKernel.WRITE -> System.arraycopy(c, 0, k.adjoints(j), 0, len);
            case RowKernel.ADD -> { double[] t = k.adjoints(j); for (int i = 0; i < len; i++) t[i] += c[i]; }
            case RowKernel.SUM -> k.addScalar(j, sum(c, len));
            default -> { }
        }
    }

    /** Adds g[i] * -1.0 into node j's adjoint (the seed's partial of x - y in y). */
    private static void negate(RowKernel k, int j, double[] g, int len) {
        switch (k.sink(j)) {
            case RowKernel.WRITE -> { double[] t = k.adjoints(j); for (int i = 0; i < len; i++) t[i] = g[i] * -1.0; }
            case RowKernel.ADD -> { double[] t = k.adjoints(j); for (int i = 0; i < len; i++) t[i] += g[i] * -1.0; }
            // negating is exact, so this is the sum of the negated terms
            case RowKernel.SUM -> k.addScalar(j, -sum(g, len));
            default -> { }
        }
    }

    /** Adds g[i] * w[i] into node j's adjoint (w: node m's values, or its one value). */
    private static void product(RowKernel k, int j, double[] g, int m, int lo, int len) {
        int sink = k.sink(j);
        if (sink == RowKernel.NONE) return;
        double[] t = k.adjoints(j), w = k.values(m);
        int wo = k.at(m, lo);
        double ws = k.scalar(m);
        if (sink == RowKernel.SUM) { k.addScalar(j, w != null ? dot(g, w, wo, len) : sum(g, len) * ws); return; }
        boolean add = sink == RowKernel.ADD;
        if (w != null && add) for (int i = 0; i < len; i++) t[i] += g[i] * w[wo + i];
        else if (w != null) for (int i = 0; i < len; i++) t[i] = g[i] * w[wo + i];
        else if (add) for (int i = 0; i < len; i++) t[i] += g[i] * ws;
        else for (int i = 0; i < len; i++) t[i] = g[i] * ws;
    }

    private static void general(RowKernel k, Op op, int j, double[] g, int lo, int len) {
        int x = k.left(j), y = k.right(j);
        double[] o = k.values(j), c = k.tmp(), xv = k.values(x), yv = k.values(y);
        int xo = k.at(x, lo), yo = k.at(y, lo);
        for (int side = 0; side < 2; side++) {
            if (k.sink(side == 0 ? x : y) == RowKernel.NONE) continue;
            for (int i = 0; i < len; i++) {
                double a = xv != null ? xv[xo + i] : k.scalar(x), b = yv != null ? yv[yo + i] : k.scalar(y);
                c[i] = g[i] * partials(op, a, b, o[i])[side];
            }
            push(k, side == 0 ? x : y, c, len);
        }
    }

    /** Four running sums, so the adds do not wait on each other. */
    private static double dot(double[] g, double[] w, int wo, int len) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < len; i += 4) {
            s0 += g[i] * w[wo + i];
            s1 += g[i + 1] * w[wo + i + 1];
            s2 += g[i + 2] * w[wo + i + 2];
            s3 += g[i + 3] * w[wo + i + 3];
        }
        for (; i < len; i++) s0 += g[i] * w[wo + i];
        return (s0 + s1) + (s2 + s3);
    }

    private static double sum(double[] c, int len) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < len; i += 4) {
            s0 += c[i];
            s1 += c[i + 1];
            s2 += c[i + 2];
            s3 += c[i + 3];
        }
        for (; i < len; i++) s0 += c[i];
        return (s0 + s1) + (s2 + s3);
    }
}
