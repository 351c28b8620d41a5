package gd.expr;

/**
 * The arithmetic operators of an {@link Expr.Apply} node, and the one home of their meaning on
 * doubles: the value ({@link #apply}, x**2 as x*x), where it is undefined ({@link #undefined}),
 * and the partials that reverse mode multiplies by. Only ADD and MUL may take more than two arguments.
 */
public enum Op {
    ADD("+"), SUB("-"), MUL("*"), DIV("/"), POW("**");

    public final String symbol;

    Op(String symbol) { this.symbol = symbol; }

    /** Whether a node of this operator may hold more than two arguments (a flattened sum or product). */
    public boolean isNary() { return this == ADD || this == MUL; }

    public static Op fromSymbol(String s) {
        for (Op op : values()) if (op.symbol.equals(s)) return op;
        if (s.equals("^")) return POW;
        throw new IllegalArgumentException("no operator " + s);
    }

    /** x op y on doubles, as Python computes it (a zero divisor gives inf or nan: callers that must refuse it ask {@link #undefined}). */
    public double apply(double x, double y) {
        return switch (this) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case DIV -> x / y;
            case POW -> pow(x, y);
        };
    }

    /**
     * b**x. x**2 is x*x, which is what C's pow gives for it and keeps the seed's trajectories bit
     * for bit; x**1 is x, which StrictMath.pow also gives, but its general algorithm is slow.
     */
    public static double pow(double b, double x) { return x == 2 ? b * b : x == 1 ? b : StrictMath.pow(b, x); }

    /** Whether x op y has no real value: a zero divisor, 0 to a negative power, a negative base to a fractional power. */
    public boolean undefined(double x, double y) {
        return switch (this) {
            case DIV -> y == 0;
            case POW -> x == 0 && y < 0 || x < 0 && y != Math.rint(y) && Double.isFinite(y);
            default -> false;
        };
    }

    /** Why b**x has no real value, in plain words (for the cases {@link #undefined} finds). */
    public static String powError(Num b, Num x) {
        if (b.isZero() && x.signum() < 0) return "0 cannot be raised to a negative power";
        return "(" + NumFormat.format(b) + ")**" + NumFormat.format(x)
                + " is not a real number: a negative base needs a whole exponent";
    }

    /** d(l**r)/dl = r*l**(r-1), the seed's power rule. */
    public static double powLeft(double l, double r) { return r * pow(l, r - 1.0); }

    /** d(l**r)/dr = log(l)*l**r, given value = l**r. */
    public static double powRight(double l, double value) { return StrictMath.log(l) * value; }

    /** d(l/r)/dl = 1/r. */
    public static double divLeft(double r) { return 1.0 / r; }

    /** d(l/r)/dr = -l/r**2, as the seed's (/ (- 0 l) (** r 2)) evaluates. */
    public static double divRight(double l, double r) { return (0.0 - l) / (r * r); }
}
