package gd.grad;

import gd.expr.Expr;

import java.util.List;

/** How a training step gets the loss and its gradient at given parameter values: reverse mode (a Tape) or the seed's symbolic method. */
public interface Engine {
    /** The loss at these values; when grad is not null, fills it with dLoss/dp for each parameter, in order. */
    double evaluate(double[] at, double[] grad);

    List<Expr.Sym> params();

    static Engine of(String name, Layout layout, List<Expr.Sym> params) {
        return name.equals("symbolic") ? new SymbolicEngine(layout.loss(), params) : Tape.compile(layout, params);
    }
}
