package gd.train;

/**
 * One update rule, applied to all parameters at once after every gradient is known (the
 * simultaneous update of the seed's loop). SGD is the seed's p -= lr*g; momentum and Adam are
 * PyTorch's formulas with its default hyperparameters.
 */
public final class Optimizer {
    /**
     * The update rules, each with the name train's optimizer= takes and its default learning
     * rate. A new one must also get its case in {@link #update}, a switch expression that does
     * not compile until it has.
     */
    public enum Kind {
        SGD("sgd", 0.1), MOMENTUM("momentum", 0.1), ADAM("adam", 0.001);

        public final String label;
        public final double defaultRate;

        Kind(String label, double defaultRate) {
            this.label = label;
            this.defaultRate = defaultRate;
        }

        /** The kind optimizer="..." names, or null. */
        public static Kind named(Object label) {
            for (Kind k : values()) if (k.label.equals(label)) return k;
            return null;
        }
    }

    /** An optimizer as train's options describe it, before it knows its parameters' rates (PyTorch's defaults). */
    public record Spec(Kind kind, double momentum, double beta1, double beta2, double eps) {
        public static Spec of(Kind kind) { return new Spec(kind, 0.9, 0.9, 0.999, 1e-8); }

        public Optimizer start(double[] lr) { return new Optimizer(kind, lr, momentum, beta1, beta2, eps); }
    }

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

    public static Optimizer sgd(double[] lr) { return Spec.of(Kind.SGD).start(lr); }

    public Kind kind() { return kind; }
    public double[] rates() { return lr.clone(); }

    /** One learning rate for every parameter from now on (a schedule's rate for the next step). */
    public void rate(double r) { java.util.Arrays.fill(lr, r); }

    /** Moves p against the gradient g, in place. */
    public void step(double[] p, double[] g) {
        t++;
        for (int i = 0; i < p.length; i++) p[i] -= update(i, g[i]);
    }

    /** How far parameter i moves against its gradient g this step (updating the rule's state). */
    private double update(int i, double g) {
        return switch (kind) {
            case SGD -> lr[i] * g;
            case MOMENTUM -> {
                m[i] = t == 1 ? g : momentum * m[i] + g;      // PyTorch: the buffer starts at the first gradient
                yield lr[i] * m[i];
            }
            case ADAM -> {
                m[i] = beta1 * m[i] + (1 - beta1) * g;
                v[i] = beta2 * v[i] + (1 - beta2) * g * g;
                double mHat = m[i] / (1 - StrictMath.pow(beta1, t)), vHat = v[i] / (1 - StrictMath.pow(beta2, t));
                yield lr[i] * mHat / (StrictMath.sqrt(vHat) + eps);
            }
        };
    }
}
