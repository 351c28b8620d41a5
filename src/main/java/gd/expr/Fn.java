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
    SQRT("sqrt", "\\sqrt", StrictMath::sqrt, u -> 1.0 / (2.0 * StrictMath.sqrt(u)), Domain.NON_NEGATIVE, n -> n.isZero() || n.isOne() ? n : null),
    TAN("tan", "\\tan", StrictMath::tan, u -> Op.pow(1.0 / StrictMath.cos(u), 2), null, n -> n.isZero() ? Num.ZERO : null),
    SEC("sec", "\\sec", u -> 1.0 / StrictMath.cos(u), u -> 1.0 / StrictMath.cos(u) * StrictMath.tan(u), null, n -> n.isZero() ? Num.ONE : null),
    CSC("csc", "\\csc", u -> 1.0 / StrictMath.sin(u), u -> 0.0 - 1.0 / StrictMath.sin(u) * (StrictMath.cos(u) / StrictMath.sin(u)),
            Domain.SINE_NOT_ZERO, n -> null),
    COT("cot", "\\cot", u -> StrictMath.cos(u) / StrictMath.sin(u), u -> 0.0 - Op.pow(1.0 / StrictMath.sin(u), 2), Domain.SINE_NOT_ZERO, n -> null),
    ASIN("asin", "\\arcsin", StrictMath::asin, u -> 1.0 / StrictMath.sqrt(1.0 - Op.pow(u, 2)), Domain.UNIT, n -> n.isZero() ? Num.ZERO : null),
    ACOS("acos", "\\arccos", StrictMath::acos, u -> 0.0 - 1.0 / StrictMath.sqrt(1.0 - Op.pow(u, 2)), Domain.UNIT, n -> n.isOne() ? Num.ZERO : null),
    ATAN("atan", "\\arctan", StrictMath::atan, u -> 1.0 / (1.0 + Op.pow(u, 2)), null, n -> n.isZero() ? Num.ZERO : null),
    SINH("sinh", "\\sinh", StrictMath::sinh, StrictMath::cosh, null, n -> n.isZero() ? Num.ZERO : null),
    COSH("cosh", "\\cosh", StrictMath::cosh, StrictMath::sinh, null, n -> n.isZero() ? Num.ONE : null),
    ASINH("asinh", "\\sinh^{-1}", MoreMath::asinh, u -> 1.0 / StrictMath.sqrt(Op.pow(u, 2) + 1.0), null, n -> n.isZero() ? Num.ZERO : null),
    ACOSH("acosh", "\\cosh^{-1}", MoreMath::acosh, u -> 1.0 / StrictMath.sqrt(Op.pow(u, 2) - 1.0), Domain.AT_LEAST_ONE, n -> n.isOne() ? Num.ZERO : null),
    ATANH("atanh", "\\tanh^{-1}", MoreMath::atanh, u -> 1.0 / (1.0 - Op.pow(u, 2)), Domain.OPEN_UNIT, n -> n.isZero() ? Num.ZERO : null),
    ABS("abs", "\\operatorname{abs}", Math::abs, MoreMath::sign, null, n -> n.signum() < 0 ? n.negate() : n),
    SIGN("sign", "\\operatorname{sign}", MoreMath::sign, u -> 0.0, null, n -> Num.of(n.signum())),
    HEAVISIDE("heaviside", "\\operatorname{heaviside}", MoreMath::heaviside, u -> 0.0, null, n -> n.signum() > 0 ? Num.ONE : Num.ZERO),
    RELU("relu", "\\operatorname{relu}", MoreMath::relu, MoreMath::heaviside, null, n -> n.signum() > 0 ? n : Num.ZERO),
    SIGMOID("sigmoid", "\\sigma", MoreMath::sigmoid, u -> MoreMath.sigmoid(u) * (1.0 - MoreMath.sigmoid(u)), null,
            n -> n.isZero() ? Num.rational(java.math.BigInteger.ONE, java.math.BigInteger.TWO) : null);

    /** Where a function is defined, in the words its error message uses. */
    public record Domain(DoublePredicate contains, String words) {
        public static final Domain POSITIVE = new Domain(v -> v > 0, "positive numbers");
        public static final Domain NON_NEGATIVE = new Domain(v -> v >= 0, "numbers >= 0");
        public static final Domain AT_LEAST_ONE = new Domain(v -> v >= 1, "numbers >= 1");
        public static final Domain UNIT = new Domain(v -> v >= -1 && v <= 1, "numbers from -1 to 1");
        public static final Domain OPEN_UNIT = new Domain(v -> v > -1 && v < 1, "numbers strictly between -1 and 1");
        public static final Domain SINE_NOT_ZERO = new Domain(v -> StrictMath.sin(v) != 0, "numbers that are not a multiple of pi");
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
            case TAN -> b.pow(b.call(SEC, u), Num.TWO);
            case SEC -> b.mul(b.call(SEC, u), b.call(TAN, u));
            case CSC -> b.neg(b.mul(b.call(CSC, u), b.call(COT, u)));
            case COT -> b.neg(b.pow(b.call(CSC, u), Num.TWO));
            case ASIN -> b.div(Num.ONE, b.call(SQRT, b.sub(Num.ONE, b.pow(u, Num.TWO))));
            case ACOS -> b.neg(b.div(Num.ONE, b.call(SQRT, b.sub(Num.ONE, b.pow(u, Num.TWO)))));
            case ATAN -> b.div(Num.ONE, b.add(Num.ONE, b.pow(u, Num.TWO)));
            case SINH -> b.call(COSH, u);
            case COSH -> b.call(SINH, u);
            case ASINH -> b.div(Num.ONE, b.call(SQRT, b.add(b.pow(u, Num.TWO), Num.ONE)));
            case ACOSH -> b.div(Num.ONE, b.call(SQRT, b.sub(b.pow(u, Num.TWO), Num.ONE)));
            case ATANH -> b.div(Num.ONE, b.sub(Num.ONE, b.pow(u, Num.TWO)));
            case ABS -> b.call(SIGN, u);                          // abs'(0) = sign(0) = 0, as in PyTorch
            case SIGN, HEAVISIDE -> Num.ZERO;                     // flat on both sides; 0 at the jump, as PyTorch takes it
            case RELU -> b.call(HEAVISIDE, u);                    // relu'(0) = heaviside(0) = 0, as in PyTorch
            case SIGMOID -> b.mul(b.call(SIGMOID, u), b.sub(Num.ONE, b.call(SIGMOID, u)));
        };
    }

    /** What :help adds to the generic text: the definition where the name does not say it, and the convention at a kink. */
    public String note() {
        return switch (this) {
            case ABS -> "abs'(0) is taken to be 0, as PyTorch does";
            case SIGN -> "-1, 0 or 1; its derivative is taken to be 0 everywhere, as PyTorch does";
            case HEAVISIDE -> "1 for x > 0, else 0 (heaviside(0) = 0); its derivative is taken to be 0, as PyTorch does for such steps";
            case RELU -> "relu(x) = max(x, 0); relu'(0) is taken to be 0, as PyTorch does";
            case SIGMOID -> "sigmoid(x) = 1/(1 + exp(-x)); its derivative is sigmoid(x)*(1 - sigmoid(x))";
            case ASINH, ACOSH, ATANH -> "the inverse of " + name.substring(1);
            case ASIN, ACOS, ATAN -> "the inverse of " + name.substring(1) + " (arc" + name.substring(1) + ")";
            case CSC -> "csc(x) = 1/sin(x)";
            case SEC -> "sec(x) = 1/cos(x)";
            case COT -> "cot(x) = cos(x)/sin(x)";
            default -> "";
        };
    }

    /** Other spellings people use for these functions, offered as "did you mean" (never a different function). */
    private static final java.util.Map<String, Fn> ALIASES = java.util.Map.ofEntries(
            java.util.Map.entry("ln", LOG), java.util.Map.entry("arcsin", ASIN), java.util.Map.entry("arccos", ACOS),
            java.util.Map.entry("arctan", ATAN), java.util.Map.entry("arsinh", ASINH), java.util.Map.entry("arcsinh", ASINH),
            java.util.Map.entry("arcosh", ACOSH), java.util.Map.entry("arccosh", ACOSH), java.util.Map.entry("artanh", ATANH),
            java.util.Map.entry("arctanh", ATANH), java.util.Map.entry("sgn", SIGN), java.util.Map.entry("cosec", CSC),
            java.util.Map.entry("logistic", SIGMOID), java.util.Map.entry("fabs", ABS));

    /** The function another common spelling means (ln is log, arctan is atan), or null. */
    public static Fn byAlias(String name) { return ALIASES.get(name); }

    /** Whether f(x) has a real value. */
    public boolean defined(double x) { return domain == null || domain.contains().test(x); }

    /** Why f has no real value at an argument where it is not {@link #defined}, in plain words (shown: the argument as the user reads it). */
    public String domainError(String shown) {
        return name + " is only defined for " + domain.words() + ", and its argument is " + shown + " here";
    }

    /** f(u) as an exact number where it is one (sin 0 = 0, sqrt 1 = 1, log e = 1), else null: what the simplifier folds. */
    public Num exactAt(Expr u) {
        if (this == LOG && u == Constants.E) return Num.ONE;
        return u instanceof Num n && n.isExact() ? exact.apply(n) : null;
    }

    public static Fn byName(String name) {
        for (Fn f : values()) if (f.name.equals(name)) return f;
        return null;
    }
}
