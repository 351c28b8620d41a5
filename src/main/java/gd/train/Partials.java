package gd.train;

import gd.expr.Fn;

/** Each function's outer derivative f'(u) on a double, computed as {@link Fn#outer} builds it with the seed's raw builder. */
final class Partials {
    private Partials() {}

    static double outer(Fn fn, double u) {
        return switch (fn) {
            case EXP -> StrictMath.exp(u);
            case LOG -> 1.0 / u;
            case SIN -> StrictMath.cos(u);
            case COS -> 0.0 - StrictMath.sin(u);
            case TANH -> 1.0 - Tape.pow(StrictMath.tanh(u), 2);
            case SQRT -> 1.0 / (2.0 * StrictMath.sqrt(u));
        };
    }
}
