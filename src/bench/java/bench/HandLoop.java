package bench;

/**
 * The limit for W1-W3 (bench/WORKLOADS.md): full-batch gradient descent with the closed-form
 * gradient of the mean squared error of a polynomial model, written by hand in plain Java.
 * Usage: java HandLoop.java w1|w2|w3 [points]   (points: W3's size, 10,000 unless given)
 */
public final class HandLoop {
    public static void main(String[] args) {
        String w = args.length > 0 ? args[0] : "w2";
        double[] xs;
        double[] target;       // target polynomial coefficients, highest first
        int degree, steps;
        switch (w) {
            case "w1" -> { xs = new double[]{-2, 3}; target = new double[]{2, 1}; degree = 1; steps = 20; }
            case "w2" -> { xs = linspace(1000); target = new double[]{3, -2, 1}; degree = 2; steps = 1000; }
            default -> { xs = linspace(args.length > 1 ? Integer.parseInt(args[1]) : 10000); target = new double[]{2, -3, 0.5, 1}; degree = 3; steps = 200; }
        }
        int n = xs.length;
        double[] ys = new double[n], p = new double[degree + 1], g = new double[degree + 1];
        for (int i = 0; i < n; i++) ys[i] = poly(target, xs[i]);
        double loss = 0;
        for (int s = 0; s < steps; s++) {
            java.util.Arrays.fill(g, 0);
            for (int i = 0; i < n; i++) {
                double r = poly(p, xs[i]) - ys[i], xp = 1;
                for (int k = degree; k >= 0; k--) { g[k] += 2 * r * xp; xp *= xs[i]; }
            }
            for (int k = 0; k <= degree; k++) p[k] -= 0.1 * g[k] / n;
        }
        for (int i = 0; i < n; i++) { double r = poly(p, xs[i]) - ys[i]; loss += r * r; }
        System.out.println(w + " params " + java.util.Arrays.toString(p) + " loss " + loss / n);
    }

    static double poly(double[] c, double x) {
        double v = 0;
        for (double k : c) v = v * x + k;
        return v;
    }

    static double[] linspace(int n) {
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) xs[i] = i * (2.0 / (n - 1)) + (-1.0);
        xs[n - 1] = 1.0;
        return xs;
    }
}
