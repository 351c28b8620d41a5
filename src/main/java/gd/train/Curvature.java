package gd.train;

import gd.grad.Engine;

/**
 * The loss's second derivatives at a point, from central differences of the reverse-mode
 * gradient (exact up to rounding for the quadratic losses of the samples, where the gradient is
 * linear). Gradient descent on a parameter p alone is stable only while lr < 2 / (d²loss/dp²);
 * one rate for all of them only while lr < 2 / λmax of the whole Hessian.
 */
public final class Curvature {
    private final double[][] hessian;
    private final boolean quadratic;

    private Curvature(double[][] hessian, boolean quadratic) {
        this.hessian = hessian;
        this.quadratic = quadratic;
    }

    /**
     * The Hessian at p. It is measured twice, with steps ten times apart: the same answer means
     * the gradient is linear here (a quadratic loss, where the rates derived are exact).
     */
    public static Curvature at(Engine engine, double[] p) {
        double[][] h = hessian(engine, p, 1e-3), wide = hessian(engine, p, 1e-2);
        boolean quadratic = true;
        for (int i = 0; i < h.length; i++)
            for (int j = 0; j < h.length; j++)
                quadratic &= Math.abs(h[i][j] - wide[i][j]) <= 1e-6 * Math.max(1e-9,
                        Math.max(Math.abs(h[i][j]), Math.abs(wide[i][j])));
        return new Curvature(h, quadratic);
    }

    /** Whether the loss is quadratic near the point (its curvature does not change as the parameters move). */
    public boolean quadratic() { return quadratic; }

    private static double[][] hessian(Engine engine, double[] p, double relStep) {
        int n = p.length;
        double[][] h = new double[n][n];
        double[] up = new double[n], down = new double[n];
        for (int j = 0; j < n; j++) {
            double step = relStep * Math.max(1.0, Math.abs(p[j]));
            double[] q = p.clone();
            q[j] = p[j] + step;
            engine.evaluate(q, up);
            q[j] = p[j] - step;
            engine.evaluate(q, down);
            for (int i = 0; i < n; i++) h[i][j] = (up[i] - down[i]) / (2 * step);
        }
        for (int i = 0; i < n; i++)
            for (int j = 0; j < i; j++) h[i][j] = h[j][i] = (h[i][j] + h[j][i]) / 2;
        return h;
    }

    /** d²loss/dp², parameter i. */
    public double diagonal(int i) { return hessian[i][i]; }

    /** The largest learning rate at which parameter i alone still converges: 2 / (d²loss/dp²); infinite where the curvature is not positive. */
    public double stableRate(int i) { return hessian[i][i] > 0 ? 2 / hessian[i][i] : Double.POSITIVE_INFINITY; }

    /** A per-parameter rate that is stable for a quadratic loss: 1 / (n · d²loss/dp²), since the scaled Hessian's eigenvalues are at most n. */
    public double safeRate(int i) { return hessian[i][i] > 0 ? 1 / (hessian.length * hessian[i][i]) : Double.NaN; }

    /** The largest eigenvalue of the Hessian, by power iteration (it is symmetric). */
    public double largestEigenvalue() {
        int n = hessian.length;
        double[] v = new double[n];
        java.util.Arrays.fill(v, 1.0);
        double lambda = 0;
        for (int it = 0; it < 1000; it++) {
            double[] w = new double[n];
            for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) w[i] += hessian[i][j] * v[j];
            double norm = 0;
            for (double x : w) norm += x * x;
            norm = Math.sqrt(norm);
            if (norm == 0 || !Double.isFinite(norm)) return norm;
            for (int i = 0; i < n; i++) v[i] = w[i] / norm;
            if (Math.abs(norm - lambda) <= 1e-13 * norm) return norm;
            lambda = norm;
        }
        return lambda;
    }

    /** The largest single learning rate that converges: 2 / λmax. */
    public double stableSingleRate() {
        double l = largestEigenvalue();
        return l > 0 ? 2 / l : Double.POSITIVE_INFINITY;
    }
}
