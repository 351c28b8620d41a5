package gd.teach;

import gd.expr.Expr;
import gd.expr.Num;
import gd.expr.Op;
import gd.expr.NumFormat;

import java.util.List;
import java.util.Set;

/**
 * LaTeX for an expression: 2 x + y, \frac{a}{b}, x^{2}, \sin\left(x\right), e^{x}, \sqrt{x}.
 * Products are written by juxtaposition, with \cdot only where two numbers would run together.
 */
public final class Latex {
    private static final int COMPARISON = Infix.COMPARISON, SUM = Infix.SUM, PRODUCT = Infix.PRODUCT,
            UNARY = Infix.UNARY, POWER = Infix.POWER, ATOM = Infix.ATOM;
    private static final Set<String> GREEK = Set.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
            "iota", "kappa", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "phi", "chi", "psi", "omega");
    private static final long BUDGET = 20_000;

    private long left = BUDGET;

    private Latex() {}

    public static String print(Expr e) { return new Latex().write(e).text; }

    private record Part(String text, int prec) {}

    private Part write(Expr e) {
        if (left-- <= 0) return new Part("\\dots", ATOM);
        if (e instanceof Num n) return number(n);
        if (e instanceof Expr.Sym s) return new Part(symbol(s.name()), ATOM);
        if (e instanceof Expr.Call c) return call(c);
        if (e instanceof Expr.Apply a) return apply(a);
        throw new AssertionError(e);
    }

    static String symbol(String name) {
        int u = name.indexOf('_');
        if (u > 0 && u < name.length() - 1)
            return symbol(name.substring(0, u)) + "_{" + name.substring(u + 1).replace("_", "\\_") + "}";
        if (GREEK.contains(name)) return "\\" + name;
        return name.length() == 1 ? name : "\\mathrm{" + name.replace("_", "\\_") + "}";
    }

    private static Part number(Num n) {
        if (n.isExact() && !n.isInteger()) {
            String frac = "\\frac{" + n.numerator().abs() + "}{" + n.denominator() + "}";
            return n.signum() < 0 ? new Part("-" + frac, UNARY) : new Part(frac, ATOM);
        }
        double d = n.doubleValue();
        if (!n.isExact() && !Double.isFinite(d)) return Double.isNaN(d) ? new Part("\\mathrm{NaN}", ATOM) : new Part(d > 0 ? "\\infty" : "-\\infty", d > 0 ? ATOM : UNARY);
        String s = NumFormat.format(n);
        int e = s.indexOf('e');
        if (e > 0) s = s.substring(0, e) + " \\cdot 10^{" + Integer.parseInt(s.substring(e + 1)) + "}";
        return new Part(s, s.startsWith("-") ? UNARY : e > 0 ? PRODUCT : ATOM);
    }

    /** sin(x)**2 as a textbook writes it, \sin^{2}(x): a whole positive power of a trigonometric or hyperbolic function. */
    private static boolean trigPower(Expr.Apply a) {
        if (!(a.left() instanceof Expr.Call c) || !(a.right() instanceof Num n) || !n.isInteger() || n.signum() <= 0) return false;
        return switch (c.fn()) {
            case SIN, COS, TAN, SEC, CSC, COT, SINH, COSH, TANH -> true;
            default -> false;
        };
    }

    private Part call(Expr.Call c) { return call(c, ""); }

    /** c, with a superscript (a power) after the function's name when given. */
    private Part call(Expr.Call c, String power) {
        if (c.fn().isComparison())
            return new Part(at(c.arg(), SUM) + " " + c.fn().latex() + " " + at(c.args().get(1), SUM), COMPARISON);
        if (c.fn() == gd.expr.Fn.WHERE) return cases(c.args());
        if (c.fn().arity() > 1)
            return new Part(c.fn().latex() + "\\left(" + write(c.arg()).text + ", " + write(c.args().get(1)).text
                    + "\\right)", ATOM);
        String arg = write(c.arg()).text;
        switch (c.fn()) {
            case EXP: return new Part("e^{" + arg + "}", POWER);   // a superscript: a power of it needs parentheses
            case SQRT: return new Part("\\sqrt{" + arg + "}", ATOM);
            case ABS: return new Part("\\left|" + arg + "\\right|", ATOM);
            default:    // \cos(x) for a symbol or number, \cos\left(2 x\right) for anything taller
                boolean simple = c.arg() instanceof Expr.Sym || c.arg() instanceof Num n && !arg.startsWith("\\frac");
                return new Part(c.fn().latex() + power + (simple ? "(" + arg + ")" : "\\left(" + arg + "\\right)"), ATOM);
        }
    }

    /** where(c, a, b) as a teacher writes a piecewise function; a condition that is not a comparison holds where it is not 0. */
    private Part cases(List<Expr> args) {
        Expr c = args.get(0);
        String cond = write(c).text + (c instanceof Expr.Call k && k.fn().isComparison() ? "" : " \\neq 0");
        return new Part("\\begin{cases} " + write(args.get(1)).text + " & \\text{if } " + cond + " \\\\ "
                + write(args.get(2)).text + " & \\text{otherwise} \\end{cases}", ATOM);
    }

    private Part apply(Expr.Apply a) {
        Expr negated = Terms.negated(a);
        if (negated != null) return new Part("-" + at(negated, PRODUCT), UNARY);
        switch (a.op()) {
            case ADD: return sum(a);
            case SUB: return new Part(at(a.left(), SUM) + " - " + at(a.right(), PRODUCT), SUM);
            case MUL: return product(a);
            case DIV: return new Part("\\frac{" + write(a.left()).text + "}{" + write(a.right()).text + "}", ATOM);
            default:
                if (trigPower(a)) return new Part(call((Expr.Call) a.left(), "^{" + write(a.right()).text + "}").text, ATOM);
                return new Part(base(a.left()) + "^{" + write(a.right()).text + "}", POWER);
        }
    }

    /** A power's base: a fraction or a root in parentheses, so that the exponent cannot be read as the denominator's or the radicand's. */
    private String base(Expr e) {
        Part p = write(e);
        boolean tall = p.text.startsWith("\\frac") || p.text.startsWith("\\sqrt") || p.text.startsWith("\\begin");
        return p.prec >= ATOM && !tall ? p.text : "\\left(" + p.text + "\\right)";
    }

    private Part sum(Expr.Apply a) {
        StringBuilder sb = new StringBuilder(at(a.args().get(0), SUM));
        for (int i = 1; i < a.args().size(); i++) {
            String term = at(a.args().get(i), PRODUCT);
            sb.append(term.startsWith("-") ? " - " + term.substring(1) : " + " + term);
        }
        return new Part(sb.toString(), SUM);
    }

    private Part product(Expr.Apply a) {
        int minus = a.args().indexOf(Num.MINUS_ONE);
        if (minus > 0) {      // x*(-1) as -x, not x \left(-1\right)
            List<Expr> rest = new java.util.ArrayList<>(a.args());
            rest.remove(minus);
            return new Part("-" + (rest.size() == 1 ? at(rest.get(0), PRODUCT)
                    : product((Expr.Apply) Expr.apply(Op.MUL, rest)).text), UNARY);
        }
        StringBuilder sb = new StringBuilder(at(a.args().get(0), PRODUCT));
        for (int i = 1; i < a.args().size(); i++) {
            String factor = at(a.args().get(i), UNARY);
            if (factor.startsWith("-")) factor = "\\left(" + factor + "\\right)";
            boolean numeric = Character.isDigit(factor.charAt(0)) || factor.startsWith("\\frac");
            sb.append(numeric ? " \\cdot " : " ").append(factor);
        }
        return new Part(sb.toString(), PRODUCT);
    }

    private String at(Expr e, int prec) {
        Part p = write(e);
        return p.prec >= prec ? p.text : "\\left(" + p.text + "\\right)";
    }
}
