package gd.expr;

/**
 * The built-in functions of one argument, each the one home of everything about it: its name
 * (the word in gd, infix and S-expressions), its LaTeX command and its domain (the constant's
 * fields), its value on a double (through StrictMath, so that results are the same bit for bit
 * everywhere), its outer derivative f'(u) as an expression and as a number (the chain rule is
 * applied once, by the caller), and the arguments where it has an exact value. Printers,
 * readers, val, d, the simplifier, the tape and :help all read it from here, so a new function
 * is one new constant and its case in each switch below, which the compiler checks. (Switches
 * rather than lambdas in the constants: seventy lambdas cost start-up time, as each is bootstrapped.)
 */
public enum Fn {
    EXP("exp", "\\exp", null), LOG("log", "\\log", Domain.POSITIVE), SIN("sin", "\\sin", null),
    COS("cos", "\\cos", null), TANH("tanh", "\\tanh", null), SQRT("sqrt", "\\sqrt", Domain.NON_NEGATIVE),
    TAN("tan", "\\tan", null), SEC("sec", "\\sec", null), CSC("csc", "\\csc", Domain.SINE_NOT_ZERO),
    COT("cot", "\\cot", Domain.SINE_NOT_ZERO), ASIN("asin", "\\arcsin", Domain.UNIT),
    ACOS("acos", "\\arccos", Domain.UNIT), ATAN("atan", "\\arctan", null), SINH("sinh", "\\sinh", null),
    COSH("cosh", "\\cosh", null), ASINH("asinh", "\\sinh^{-1}", null),
    ACOSH("acosh", "\\cosh^{-1}", Domain.AT_LEAST_ONE), ATANH("atanh", "\\tanh^{-1}", Domain.OPEN_UNIT),
    ABS("abs", "\\operatorname{abs}", null), SIGN("sign", "\\operatorname{sign}", null),
    HEAVISIDE("heaviside", "\\operatorname{heaviside}", null), RELU("relu", "\\operatorname{relu}", null),
    SIGMOID("sigmoid", "\\sigma", null), SOFTPLUS("softplus", "\\operatorname{softplus}", null),
    MAX("max", "\\max", 2), MIN("min", "\\min", 2), WHERE("where", "", 3),
    LT("<", "<", 2), LE("<=", "\\le", 2), GT(">", ">", 2), GE(">=", "\\ge", 2);

    /** Where a function is defined, in the words its error message uses. */
    public enum Domain {
        POSITIVE("positive numbers"), NON_NEGATIVE("numbers >= 0"), AT_LEAST_ONE("numbers >= 1"),
        UNIT("numbers from -1 to 1"), OPEN_UNIT("numbers strictly between -1 and 1"),
        SINE_NOT_ZERO("numbers that are not a multiple of pi");

        public final String words;

        Domain(String words) { this.words = words; }

        public boolean contains(double v) {
            return switch (this) {
                case POSITIVE -> v > 0;
                case NON_NEGATIVE -> v >= 0;
                case AT_LEAST_ONE -> v >= 1;
                case UNIT -> v >= -1 && v <= 1;
                case OPEN_UNIT -> v > -1 && v < 1;
                case SINE_NOT_ZERO -> StrictMath.sin(v) != 0;
            };
        }
    }

    private final String name, latex;
    private final Domain domain;
    private final int arity;

    Fn(String name, String latex, Domain domain) {
        this.name = name;
        this.latex = latex;
        this.domain = domain;
        this.arity = 1;
    }

    /** A function of several arguments ({@link Piecewise} says what they mean). */
    Fn(String name, String latex, int arity) {
        this.name = name;
        this.latex = latex;
        this.domain = null;
        this.arity = arity;
    }

    /** How many arguments it takes: 1, except max and min and the comparisons (2) and where (3). */
    public int arity() { return arity; }

    /** Whether it is one of the comparisons a &lt; b, a &lt;= b, a &gt; b, a &gt;= b (1 where true, else 0), written between its arguments. */
    public boolean isComparison() { return this == LT || this == LE || this == GT || this == GE; }

    /** Whether gd source calls it by its name (a comparison is written as an operator instead). */
    public boolean isNamed() { return !isComparison(); }

    /** The name in gd source, infix and S-expressions: sin. */
    public String fnName() { return name; }

    /** The LaTeX command for f(u) written as \cmd\left(u\right): \sin, \operatorname{relu}. */
    public String latex() { return latex; }

    /** f(x) on a double; outside the domain, what StrictMath gives (nan, inf): val checks the domain first. */
    public double apply(double x) {
        return switch (this) {
            case EXP -> StrictMath.exp(x);
            case LOG -> StrictMath.log(x);
            case SIN -> StrictMath.sin(x);
            case COS -> StrictMath.cos(x);
            case TANH -> StrictMath.tanh(x);
            case SQRT -> StrictMath.sqrt(x);
            case TAN -> StrictMath.tan(x);
            case SEC -> 1.0 / StrictMath.cos(x);
            case CSC -> 1.0 / StrictMath.sin(x);
            case COT -> StrictMath.cos(x) / StrictMath.sin(x);
            case ASIN -> StrictMath.asin(x);
            case ACOS -> StrictMath.acos(x);
            case ATAN -> StrictMath.atan(x);
            case SINH -> StrictMath.sinh(x);
            case COSH -> StrictMath.cosh(x);
            case ASINH -> MoreMath.asinh(x);
            case ACOSH -> MoreMath.acosh(x);
            case ATANH -> MoreMath.atanh(x);
            case ABS -> Math.abs(x);
            case SIGN -> MoreMath.sign(x);
            case HEAVISIDE -> MoreMath.heaviside(x);
            case RELU -> MoreMath.relu(x);
            case SIGMOID -> MoreMath.sigmoid(x);
            case SOFTPLUS -> MoreMath.softplus(x);
            case MAX, MIN, WHERE, LT, LE, GT, GE -> throw new IllegalStateException(name + " takes " + arity
                    + " arguments");
        };
    }

    /** f(x, y, z) on doubles for a function of two or three arguments (z unused for two). */
    public double apply(double x, double y, double z) { return Piecewise.value(this, x, y, z); }

    /** ∂f/∂(argument i) at (x, y, z), PyTorch's choice at a tie or a jump ({@link Piecewise#partial}). */
    public double partial(int i, double x, double y, double z) { return Piecewise.partial(this, i, x, y, z); }

    /** d f(args) from the arguments' derivatives, for a function of several arguments ({@link Piecewise#derivative}). */
    public Expr derivative(java.util.List<Expr> args, java.util.List<Expr> dargs, Builder b) {
        return Piecewise.derivative(this, args, dargs, b);
    }

    /** f'(u) on a double, computed exactly as val computes {@link #outer} built with the raw builder (the seed's partials). */
    public double slope(double u) {
        return switch (this) {
            case EXP -> StrictMath.exp(u);
            case LOG -> 1.0 / u;
            case SIN -> StrictMath.cos(u);
            case COS -> 0.0 - StrictMath.sin(u);
            case TANH -> 1.0 - Op.pow(StrictMath.tanh(u), 2);
            case SQRT -> 1.0 / (2.0 * StrictMath.sqrt(u));
            case TAN -> Op.pow(SEC.apply(u), 2);
            case SEC -> SEC.apply(u) * StrictMath.tan(u);
            case CSC -> 0.0 - CSC.apply(u) * COT.apply(u);
            case COT -> 0.0 - Op.pow(CSC.apply(u), 2);
            case ASIN -> 1.0 / StrictMath.sqrt(1.0 - Op.pow(u, 2));
            case ACOS -> 0.0 - 1.0 / StrictMath.sqrt(1.0 - Op.pow(u, 2));
            case ATAN -> 1.0 / (1.0 + Op.pow(u, 2));
            case SINH -> StrictMath.cosh(u);
            case COSH -> StrictMath.sinh(u);
            case ASINH -> 1.0 / StrictMath.sqrt(Op.pow(u, 2) + 1.0);
            case ACOSH -> 1.0 / StrictMath.sqrt(Op.pow(u, 2) - 1.0);
            case ATANH -> 1.0 / (1.0 - Op.pow(u, 2));
            case ABS -> MoreMath.sign(u);
            case SIGN, HEAVISIDE -> 0.0;
            case RELU -> MoreMath.heaviside(u);
            case SIGMOID -> MoreMath.sigmoid(u) * (1.0 - MoreMath.sigmoid(u));
            case SOFTPLUS -> MoreMath.sigmoid(u);
            case MAX, MIN, WHERE, LT, LE, GT, GE -> throw new IllegalStateException(name
                    + " has partials, not one slope");
        };
    }

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
            case SOFTPLUS -> b.call(SIGMOID, u);
            case MAX, MIN, WHERE, LT, LE, GT, GE -> throw new IllegalStateException(name
                    + " has a derivative of several arguments");
        };
    }

    /** What :help adds to the generic text: the definition where the name does not say it, and the convention at a kink. */
    public String note() {
        return switch (this) {
            case ABS -> "abs'(0) is taken to be 0, as PyTorch does";
            case SIGN -> "-1, 0 or 1; its derivative is taken to be 0 everywhere, as PyTorch does";
            case HEAVISIDE -> "1 for x > 0, else 0 (heaviside(0) = 0); its derivative is taken to be 0, as PyTorch "
                    + "does for such steps";
            case RELU -> "relu(x) = max(x, 0); relu'(0) is taken to be 0, as PyTorch does";
            case SIGMOID -> "sigmoid(x) = 1/(1 + exp(-x)); its derivative is sigmoid(x)*(1 - sigmoid(x))";
            case SOFTPLUS -> "softplus(x) = log(1 + exp(x)), computed without overflow (softplus(1000) is 1000); its "
                    + "derivative is sigmoid(x). "
                    + "The logistic loss of a score s for a label y = ±1 is softplus(-y*s)";
            case ASINH, ACOSH, ATANH -> "the inverse of " + name.substring(1);
            case ASIN, ACOS, ATAN -> "the inverse of " + name.substring(1) + " (arc" + name.substring(1) + ")";
            case CSC -> "csc(x) = 1/sin(x)";
            case SEC -> "sec(x) = 1/cos(x)";
            case COT -> "cot(x) = cos(x)/sin(x)";
            case MAX, MIN, WHERE, LT, LE, GT, GE -> Piecewise.note(this);
            default -> "";
        };
    }

    /** Other spellings people use for these functions, offered as "did you mean" (never a different function). */
    private static final java.util.Map<String, Fn> ALIASES = java.util.Map.ofEntries(
            java.util.Map.entry("ln", LOG), java.util.Map.entry("arcsin", ASIN), java.util.Map.entry("arccos", ACOS),
            java.util.Map.entry("arctan", ATAN), java.util.Map.entry("arsinh", ASINH),
            java.util.Map.entry("arcsinh", ASINH), java.util.Map.entry("arcosh", ACOSH),
            java.util.Map.entry("arccosh", ACOSH), java.util.Map.entry("artanh", ATANH),
            java.util.Map.entry("arctanh", ATANH), java.util.Map.entry("sgn", SIGN), java.util.Map.entry("cosec", CSC),
            java.util.Map.entry("logistic", SIGMOID), java.util.Map.entry("fabs", ABS));

    /** The function another common spelling means (ln is log, arctan is atan), or null. */
    public static Fn byAlias(String name) { return ALIASES.get(name); }

    /** Whether f(x) has a real value. */
    public boolean defined(double x) { return domain == null || domain.contains(x); }

    /** Why f has no real value at an argument where it is not {@link #defined}, in plain words (shown: the argument as the user reads it). */
    public String domainError(String shown) {
        return name + " is only defined for " + domain.words + ", and its argument is " + shown + " here";
    }

    /** f(u) as an exact number where it is one (sin 0 = 0, sqrt 1 = 1, log e = 1), else null: what the simplifier folds. */
    public Num exactAt(Expr u) {
        if (this == LOG && u == Constants.E) return Num.ONE;
        if (!(u instanceof Num n) || !n.isExact()) return null;
        boolean zero = n.isZero(), one = n.isOne();
        return switch (this) {
            case EXP, COS, COSH, SEC -> zero ? Num.ONE : null;
            case SIN, TANH, TAN, ASIN, ATAN, SINH, ASINH, ATANH -> zero ? Num.ZERO : null;
            case LOG, ACOS, ACOSH -> one ? Num.ZERO : null;
            case SQRT -> zero || one ? n : null;
            case CSC, COT -> null;
            case ABS -> n.signum() < 0 ? n.negate() : n;
            case SIGN -> Num.of(n.signum());
            case HEAVISIDE -> n.signum() > 0 ? Num.ONE : Num.ZERO;
            case RELU -> n.signum() > 0 ? n : Num.ZERO;
            case SIGMOID -> zero ? Num.rational(java.math.BigInteger.ONE, java.math.BigInteger.TWO) : null;
            case SOFTPLUS -> null;                                // softplus(0) = log 2, not a rational
            case MAX, MIN, WHERE, LT, LE, GT, GE -> null;
        };
    }

    /** f(args) for a function of several arguments as a simpler expression where that is exact (max(1, 2) is 2, where(c, a, a) is a), else null. */
    public Expr exactAt(java.util.List<Expr> args) { return Piecewise.fold(this, args); }

    /** The function gd source calls by this name (not the comparisons, which are operators). */
    public static Fn byName(String name) {
        for (Fn f : values()) if (f.name.equals(name) && f.isNamed()) return f;
        return null;
    }
}
