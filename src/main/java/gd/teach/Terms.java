package gd.teach;

import gd.expr.Expr;
import gd.expr.Num;
import gd.expr.Op;

import java.util.List;

/** Shapes the printers read alike: which nodes are a negation. */
final class Terms {
    private Terms() {}

    /** u when a is -u: the seed's (- 0 u), the tidy (* -1 u), or (* -1 u v ...) as the product u*v*...; else null. */
    static Expr negated(Expr.Apply a) {
        if (a.op() == Op.SUB && a.left() instanceof Num n && n.isZero() && n.isExact()) return a.right();
        if (a.op() == Op.MUL && a.args().get(0) instanceof Num n && n.isExact() && n.equals(Num.MINUS_ONE)) {
            List<Expr> rest = a.args().subList(1, a.args().size());
            return rest.size() == 1 ? rest.get(0) : Expr.apply(Op.MUL, rest);
        }
        return null;
    }
}
