package gd.simplify;

import gd.expr.Expr;
import gd.expr.Fn;

import java.util.Map;

/**
 * The canonicalizer's entry points that its helpers recurse into. Rendering a form needs
 * expansion and reduction, combining like powers needs simplified exponents and powers, and the
 * identities of functions need the forms of their arguments, which is canonicalizing again: that
 * mutual recursion is the algorithm. This interface names it, so that {@link Presenter},
 * {@link LikePowers} and {@link Identities} depend on these operations (and on the shared state
 * they are given) rather than on {@link Canon} as a whole.
 */
interface Algebra {
    /** The canonical form of e, or e itself when that is smaller. */
    Expr simplify(Expr e);

    /** The canonical form of e (memoized). */
    Factored factored(Expr e);

    /** A canonical form written back as an expression. */
    Expr render(Factored f);

    /** f(arg) as an atom, folded where it is an exact number (sin 0 = 0). */
    Factored callAtom(Fn fn, Expr arg);

    /** base**ex for a simplified exponent. */
    Factored power(Expr base, Expr ex);

    /** f divided by the common bases, multiplied out; null when over budget. */
    Poly expand(Factored f, Map<Poly, Long> common, long maxTerms, boolean record);

    /** p with sqrt(u)**2 replaced by u, multiplied out, and the trigonometric identities applied. */
    Poly reduce(Poly p);
}
