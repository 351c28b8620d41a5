package gd.expr;

import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;

/**
 * The built-in functions of one argument, each the one home of everything about it: its name
 * (the word in gd, infix and S-expressions), its LaTeX command, its value on a double (through
 * StrictMath, so results are the same bit for bit everywhere), its domain, its outer derivative
 * f'(u) as an expression (the chain rule is applied once, by the caller) and as a number, and
 * the arguments where it has an exact value. Printers, readers, val, d, the tape and :help all
 * read it from here, so a new function is one new constant.
 */
public enum Fn {
    EXP("exp", "\\exp", StrictMath::exp, StrictMath::exp, null, n -> n.isZero() ? Num.ONE : null),
    LOG("log", "\\log", StrictMath::log, u -> 1.0 / u, Domain.POSITIVE, n -> n.isOne() ? Num.ZERO : null),
    SIN("sin", "\\sin", StrictMath::sin, StrictMath::cos, null, n -> n.isZero() ? Num.ZERO : null),
    COS("cos", "\\cos", StrictMath::cos, u -> 0.0 - StrictMath.sin(u), null, n -> n.isZero() ? Num.ONE : null),
    TANH("tanh", "\\tanh", StrictMath::tanh, u -> 1.0 - Op.pow(StrictMath.tanh(u), 2), null, n -> n.isZero() ? Num.ZERO : null),
    SQRT("sqrt", "\\sqrt", StrictMath::sqrt, u -> 1.0 / (2.0 * StrictMath.sqrt(u)), Domain.NON_NEGATIVE, n -> n.isZero() || n.isOne() ? n : null);

    /** Where a function is defined, in the words its error message uses. */
    public record Domain(DoublePredicate contains, String words) {
        public static final Domain POSITIVE = new Domain(v -> v > 0, "positive numbers");
        public static final Domain NON_NEGATIVE = new Domain(v -> v >= 0, "numbers >= 0");
    }

    private final String name, latex;
    private final DoubleUnaryOperator value, slope;
    private final Domain domain;
    private final UnaryOperator<Num> exact;

    Fn(String name, String latex, DoubleUnaryOperator value, DoubleUnaryOperator slope, Domain domain, UnaryOperator<Num> exact) {
        this.name = name;
        this.latex = latex;
        this.value = value;
        this.slope = slope;
        this.domain = domain;
        this.exact = exact;
    }

    /** The name in gd source, infix and S-expressions: sin. */
    public String fnName() { return name; }

    /** The LaTeX command for f(u) written as \cmd\left(u\right): \sin, \operatorname{relu}. */
    public String latex() { return latex; }

    /** f(x) on a double; outside the domain, what StrictMath gives (nan, inf): val checks the domain first. */
    public double apply(double x) { return value.applyAsDouble(x); }

    /** f'(u) on a double, computed exactly as val computes {@link #outer} built with the raw builder (the seed's partials). */
    public double slope(double u) { return slope.applyAsDouble(u); }

    /** f'(u), built with the given builder (raw, as the seed would, or tidy); {@link #slope} is its value. */
    public Expr outer(Expr u, Builder b) {
        return switch (this) {
            case EXP -> b.call(EXP, u);
            case LOG -> b.div(Num.ONE, u);
            case SIN -> b.call(COS, u);
            case COS -> b.neg(b.call(SIN, u));
            case TANH -> b.sub(Num.ONE, b.pow(b.call(TANH, u), Num.TWO));
            case SQRT -> b.div(Num.ONE, b.mul(Num.TWO, b.call(SQRT, u)));
        };
    }

    /** Whether f(x) has a real value. */
    public boolean defined(double x) { return domain == null || domain.contains().test(x); }

    /** Why f has no real value at an argument where it is not {@link #defined}, in plain words (shown: the argument as the user reads it). */
    public String domainError(String shown) {
        return name + " is only defined for " + domain.words() + ", and its argument is " + shown + " here";
    }

    /** f(n) as an exact number where it is one (sin 0 = 0, sqrt 1 = 1), else null: what the simplifier folds. */
    public Num exactAt(Num n) { return n.isExact() ? exact.apply(n) : null; }

    public static Fn byName(String name) {
        for (Fn f : values()) if (f.name.equals(name)) return f;
        return null;
    }
}
