package gd.expr;

/**
 * The functions that StrictMath lacks, written from StrictMath's so that they are the same bit
 * for bit everywhere: the inverse hyperbolic functions (through log1p, accurate near 0 and 1),
 * and the piecewise functions machine learning uses, with PyTorch's values and slopes at the
 * kinks (relu'(0) = 0, abs'(0) = sign(0) = 0).
 */
final class MoreMath {
    private static final double LN2 = StrictMath.log(2), HUGE = 1e8;

    private MoreMath() {}

    /** asinh x = log(x + sqrt(x² + 1)), odd, via log1p for small |x| and log(2|x|) where x² would overflow. */
    static double asinh(double x) {
        double a = Math.abs(x);
        double r = a > HUGE ? StrictMath.log(a) + LN2 : StrictMath.log1p(a
                + a * a / (1.0 + StrictMath.sqrt(1.0 + a * a)));
        return x < 0 ? -r : r;
    }

    /** acosh x = log(x + sqrt(x² - 1)) for x >= 1, via log1p near 1. */
    static double acosh(double x) {
        if (x > HUGE) return StrictMath.log(x) + LN2;
        double t = x - 1.0;
        return StrictMath.log1p(t + StrictMath.sqrt(2.0 * t + t * t));
    }

    /** atanh x = log((1 + x)/(1 - x))/2 for |x| < 1, via log1p. */
    static double atanh(double x) {
        double a = Math.abs(x), r = 0.5 * StrictMath.log1p(2.0 * a / (1.0 - a));
        return x < 0 ? -r : r;
    }

    /** 1/(1 + e^-x), computed without overflow on either side. */
    static double sigmoid(double x) {
        if (x >= 0) return 1.0 / (1.0 + StrictMath.exp(-x));
        double z = StrictMath.exp(x);
        return z / (1.0 + z);
    }

    /** log(1 + e^x) as max(x, 0) + log1p(e^-|x|): no overflow for large x, no loss of digits for very negative x. */
    static double softplus(double x) {
        if (x != x) return x;
        return Math.max(x, 0.0) + StrictMath.log1p(StrictMath.exp(-Math.abs(x)));
    }

    /** max(x, 0); nan stays nan. */
    static double relu(double x) { return x > 0 || x != x ? x : 0.0; }

    /** 1 for x > 0, else 0 (so that relu' = heaviside has relu'(0) = 0); nan stays nan. */
    static double heaviside(double x) { return x > 0 ? 1.0 : x != x ? x : 0.0; }

    /** -1, 0 or 1 (sign 0 = 0: abs'(0) = 0). */
    static double sign(double x) { return x > 0 ? 1.0 : x < 0 ? -1.0 : x != x ? x : 0.0; }
}
