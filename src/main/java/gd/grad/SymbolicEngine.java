package gd.grad;

import gd.ast.GdError;
import gd.diff.Derivative;
import gd.eval.Val;
import gd.expr.Expr;
import gd.expr.Num;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed's method: each parameter's raw derivative built once, then the loss and every
 * derivative evaluated with val at each step. Slow on purpose (it is the baseline that reverse
 * mode is measured against), and exact to the seed's own numbers.
 */
public final class SymbolicEngine implements Engine {
    private final Expr loss;
    private final List<Expr.Sym> params;
    private final Expr[] derivatives;

    SymbolicEngine(Expr loss, List<Expr.Sym> params) {
        this.loss = loss;
        this.params = params;
        this.derivatives = new Expr[params.size()];
        for (int i = 0; i < derivatives.length; i++) derivatives[i] = Derivative.raw(loss, params.get(i));
    }

    @Override public List<Expr.Sym> params() { return params; }
    public Expr loss() { return loss; }

    @Override public double evaluate(double[] at, double[] grad) {
        Map<Expr.Sym, Num> values = new IdentityHashMap<>();
        for (int i = 0; i < at.length; i++) values.put(params.get(i), Num.of(at[i]));
        if (grad != null) for (int i = 0; i < grad.length; i++) grad[i] = value(derivatives[i], values);
        return value(loss, values);
    }

    /**
     * val, where an overflow or a division by zero gives what doubles give (inf, nan) for the
     * divergence guard to catch; a symbol that is not a parameter is the user's error.
     */
    private static double value(Expr e, Map<Expr.Sym, Num> values) {
        Expr.Sym[] unknown = {null};
        try {
            return Val.of(e, s -> {
                Num v = values.get(s);
                if (v == null && !s.isConstant()) unknown[0] = s;
                return v;
            }).doubleValue();
        } catch (GdError err) {
            if (err.reason() == GdError.Reason.UNVALUED) throw Tape.unknownSymbol(unknown[0]);
            return Double.NaN;
        } catch (ArithmeticException err) {
            return Double.NaN;
        }
    }
}
