package gd.expr;

import java.util.function.DoubleUnaryOperator;

/**
 * The built-in functions of one argument. Each supplies its value (through StrictMath, so that
 * results are the same bit for bit everywhere) and only its outer derivative f'(u): the chain
 * rule is applied once, by the caller.
 */
public enum Fn {
    EXP(StrictMath::exp),
    LOG(StrictMath::log),
    SIN(StrictMath::sin),
    COS(StrictMath::cos),
    TANH(StrictMath::tanh),
    SQRT(StrictMath::sqrt);

    private final DoubleUnaryOperator value;

    Fn(DoubleUnaryOperator value) { this.value = value; }

    public String fnName() { return name().toLowerCase(); }

    public double apply(double x) { return value.applyAsDouble(x); }

    /** f'(u), built with the given builder (raw, as the seed would, or tidy). */
    public Expr outer(Expr u, Builder b) {
        return switch (this) {
            case EXP -> b.call(EXP, u);                                         // exp' = exp
            case LOG -> b.div(Num.ONE, u);                                      // log' = 1/u
            case SIN -> b.call(COS, u);                                         // sin' = cos
            case COS -> b.neg(b.call(SIN, u));                                  // cos' = -sin
            case TANH -> b.sub(Num.ONE, b.pow(b.call(TANH, u), Num.of(2)));    // tanh' = 1 - tanh²
            case SQRT -> b.div(Num.ONE, b.mul(Num.of(2), b.call(SQRT, u)));    // sqrt' = 1/(2 sqrt u)
        };
    }

    public static Fn byName(String name) {
        for (Fn f : values()) if (f.fnName().equals(name)) return f;
        return null;
    }
}
