package gd.eval;

import gd.ast.BinOp;
import gd.ast.GdError;
import gd.expr.Builder;
import gd.expr.Expr;
import gd.expr.Num;
import gd.expr.Op;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The language's operators on values. Two numbers compute (Python's rules: ints stay ints,
 * '/' gives a float); an Expr on either side builds an unsimplified node, as the seed's Python
 * does, through {@link Builder#RAW}.
 */
final class Operators {
    private Operators() {}

    /** and/or are not here: they short-circuit, so the interpreter evaluates them. */
    static Object binary(BinOp op, Object a, Object b) {
        return switch (op) {
            case ADD, SUB, MUL, DIV, POW -> arithmetic(op.arith, a, b);
            case FLOOR_DIV, MOD -> integral(op, a, b);
            case EQ -> equal(a, b);
            case NE -> !equal(a, b);
            case LT, LE, GT, GE -> compare(op, a, b);
            case AND, OR -> throw new AssertionError(op);
        };
    }

    /** Unary '+': a number or expression as it is (a boolean as its number). */
    static Object plus(Object a) {
        if (a instanceof Boolean bool) return Num.of(bool ? 1 : 0);
        if (a instanceof Expr) return a;
        throw GdError.run("unary '+' applies to numbers and expressions, not " + Values.describe(a));
    }

    static Object negate(Object a) {
        if (a instanceof Boolean bool) a = Num.of(bool ? 1 : 0);
        if (a instanceof Expr e) return Builder.RAW.neg(e);
        throw GdError.run("cannot negate " + Values.describe(a));
    }

    private static Object arithmetic(Op op, Object a, Object b) {
        if (a instanceof Boolean x) a = Num.of(x ? 1 : 0);
        if (b instanceof Boolean y) b = Num.of(y ? 1 : 0);
        if (a instanceof Expr x && b instanceof Expr y)
            return Builder.RAW.apply(op, x, y);   // 1/0 and the like: Interpreter.eval reports them
        if (op == Op.ADD && a instanceof String x && b instanceof String y) return x + y;
        if (op == Op.ADD && a instanceof List<?> x && b instanceof List<?> y) {
            List<Object> joined = new ArrayList<>(x);
            joined.addAll(y);
            return List.copyOf(joined);
        }
        throw GdError.run("cannot use '" + op.symbol + "' on " + Values.describe(a) + " and " + Values.describe(b));
    }

    /** // and % as in Python: the quotient rounds down, and the remainder takes the divisor's sign. Numbers only. */
    private static Num integral(BinOp op, Object a, Object b) {
        if (a instanceof Boolean x) a = Num.of(x ? 1 : 0);
        if (b instanceof Boolean y) b = Num.of(y ? 1 : 0);
        if (!(a instanceof Num x) || !(b instanceof Num y))
            throw GdError.run("'" + op.symbol + "' works on numbers, not " + Values.describe(a) + " and "
                    + Values.describe(b)
                    + (a instanceof Expr || b instanceof Expr ? " (use val(...) to get an expression's number)" : ""));
        if (y.isZero()) throw new ArithmeticException("division by zero: the right side of '" + op.symbol + "' is 0");
        if (x.isInteger() && y.isInteger()) {
            BigInteger[] qr = x.numerator().divideAndRemainder(y.numerator());
            BigInteger q = qr[0], r = qr[1];
            if (r.signum() != 0 && r.signum() != y.numerator().signum()) {
                q = q.subtract(BigInteger.ONE);
                r = r.add(y.numerator());
            }
            return Num.of(op == BinOp.FLOOR_DIV ? q : r);
        }
        double p = x.doubleValue(), d = y.doubleValue(), q = Math.floor(p / d);
        return Num.of(op == BinOp.FLOOR_DIV ? q : p - d * q);
    }

    private static boolean equal(Object a, Object b) {
        if (a instanceof Num x && b instanceof Num y)
            return x.isExact() && y.isExact() ? x.equals(y)
                    : x.doubleValue() == y.doubleValue();   // 1 == 1.0, as in Python
        return Objects.equals(a, b);
    }

    /** Numbers compare to true or false; an expression on either side builds the comparison node (1 where it holds, 0 where not) for where(). */
    private static Object compare(BinOp op, Object a, Object b) {
        if (a instanceof Boolean x && b instanceof Expr) a = Num.of(x ? 1 : 0);
        if (b instanceof Boolean y && a instanceof Expr) b = Num.of(y ? 1 : 0);
        if (a instanceof Expr x && b instanceof Expr y && !(x instanceof Num && y instanceof Num))
            return Expr.call(comparison(op), List.of(x, y));
        if (!(a instanceof Num x) || !(b instanceof Num y))
            throw GdError.run("'" + op.symbol + "' compares numbers; got " + Values.describe(a) + " and "
                    + Values.describe(b)
                    + (a instanceof Expr || b instanceof Expr ? " (use val(...) to get an expression's number)" : ""));
        int c = x.isExact() && y.isExact() ? x.sub(y).signum() : Double.compare(x.doubleValue(), y.doubleValue());
        if (Double.isNaN(x.doubleValue()) || Double.isNaN(y.doubleValue())) return false;
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            default -> c >= 0;
        };
    }

    private static gd.expr.Fn comparison(BinOp op) {
        return switch (op) {
            case LT -> gd.expr.Fn.LT;
            case LE -> gd.expr.Fn.LE;
            case GT -> gd.expr.Fn.GT;
            default -> gd.expr.Fn.GE;
        };
    }
}
