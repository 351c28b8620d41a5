package gd.expr;

/**
 * How new nodes are put together. {@link #RAW} is the language's own operator semantics (the
 * seed's Python): two numbers compute, anything else builds a node as it stands. Other builders
 * (the tidy one in diff) drop zeros and ones as they go.
 */
public interface Builder {
    Expr add(Expr a, Expr b);
    Expr sub(Expr a, Expr b);
    Expr mul(Expr a, Expr b);
    Expr div(Expr a, Expr b);
    Expr pow(Expr a, Expr b);
    Expr neg(Expr a);
    Expr call(Fn fn, Expr a);

    /** A function of several arguments (max, where...): numbers compute; anything else builds the node, or its exact fold in {@link Tidy}. */
    Expr call(Fn fn, java.util.List<Expr> args);

    default Expr apply(Op op, Expr a, Expr b) {
        return switch (op) {
            case ADD -> add(a, b);
            case SUB -> sub(a, b);
            case MUL -> mul(a, b);
            case DIV -> div(a, b);
            case POW -> pow(a, b);
        };
    }

    /** Python's semantics on numbers, unsimplified nodes otherwise; unary minus is the seed's (- 0 e). */
    Builder RAW = new Builder() {
        public Expr add(Expr a, Expr b) {
            return a instanceof Num x && b instanceof Num y ? x.add(y) : Expr.bin(Op.ADD, a, b);
        }
        public Expr sub(Expr a, Expr b) {
            return a instanceof Num x && b instanceof Num y ? x.sub(y) : Expr.bin(Op.SUB, a, b);
        }
        public Expr mul(Expr a, Expr b) {
            return a instanceof Num x && b instanceof Num y ? x.mul(y) : Expr.bin(Op.MUL, a, b);
        }
        public Expr div(Expr a, Expr b) {
            return a instanceof Num x && b instanceof Num y ? x.trueDiv(y) : Expr.bin(Op.DIV, a, b);
        }
        public Expr pow(Expr a, Expr b) {
            return a instanceof Num x && b instanceof Num y ? x.pow(y) : Expr.bin(Op.POW, a, b);
        }
        public Expr neg(Expr a) { return a instanceof Num x ? x.negate() : Expr.bin(Op.SUB, Num.ZERO, a); }
        public Expr call(Fn fn, Expr a) {
            return a instanceof Num x ? Num.of(fn.apply(x.doubleValue())) : Expr.call(fn, a);
        }

        public Expr call(Fn fn, java.util.List<Expr> args) {
            Expr folded = args.stream().allMatch(Num.class::isInstance) ? Piecewise.fold(fn, args) : null;
            if (folded != null) return folded;
            if (!args.stream().allMatch(Num.class::isInstance)) return Expr.call(fn, args);
            double z = args.size() > 2 ? ((Num) args.get(2)).doubleValue() : 0.0;
            return Num.of(fn.apply(((Num) args.get(0)).doubleValue(), ((Num) args.get(1)).doubleValue(), z));
        }
    };
}
