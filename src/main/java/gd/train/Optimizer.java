package gd.train;

/**
 * One update rule, applied to all parameters at once after every gradient is known (the
 * simultaneous update of the seed's loop). SGD is the seed's p -= lr*g; momentum and Adam are
 * PyTorch's formulas with its default hyperparameters.
 */
public final class Optimizer {
    public enum Kind { SGD, MOMENTUM, ADAM }

    private final Kind kind;
    private final double[] lr;
    private final double momentum, beta1, beta2, eps;
    private final double[] m, v;
    private int t;

    public Optimizer(Kind kind, double[] lr, double momentum, double beta1, double beta2, double eps) {
        this.kind = kind;
        this.lr = lr.clone();
        this.momentum = momentum;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.m = new double[lr.length];
        this.v = new double[lr.length];
    }

    public static Optimizer sgd(double[] lr) { return new Optimizer(Kind.SGD, lr, 0, 0, 0, 0); }

    public Kind kind() { return kind; }
    public double[] rates() { return lr.clone(); }

    /** Moves p against the gradient g, in place. */
    public void step(double[] p, double[] g) {
        t++;
        for (int i = 0; i < p.length; i++) {
            switch (kind) {
                case SGD -> p[i] -= lr[i] * g[i];
                case MOMENTUM -> {
                    m[i] = t == 1 ? g[i] : momentum * m[i] + g[i];      // PyTorch: the buffer starts at the first gradient
                    p[i] -= lr[i] * m[i];
                }
                case ADAM -> {
                    m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                    v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
                    double mHat = m[i] / (1 - StrictMath.pow(beta1, t)), vHat = v[i] / (1 - StrictMath.pow(beta2, t));
                    p[i] -= lr[i] * mHat / (StrictMath.sqrt(vHat) + eps);
                }
            }
        }
    }
}
