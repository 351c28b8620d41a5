package gd.simplify;

import gd.expr.Expr;
import gd.expr.Fn;
import gd.expr.Num;
import gd.expr.Op;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What functions know about themselves, as a teacher uses it: signs out of odd and even
 * functions (sin(-u) → -sin(u), cos(-u) → cos(u)), log(exp(u)) → u and exp(log(u)) → u,
 * sin/cos → tan, cos/sin → cot and sinh/cosh → tanh, and in sums the Pythagorean
 * identity (sin² + cos² → 1), the double angle (cos² - sin² → cos 2u) and exp(u) ± exp(-u) →
 * 2 cosh(u), 2 sinh(u), and 1 + tan² → sec², 1 + cot² → csc². Each only ever shortens the
 * expression. exp(log(u)) → u extends the domain to u ≤ 0.
 */
final class Identities {
    private static final Set<Fn> ODD = EnumSet.of(Fn.SIN, Fn.TAN, Fn.TANH, Fn.SINH, Fn.ASIN, Fn.ATAN,
            Fn.ASINH, Fn.ATANH, Fn.COT, Fn.CSC);
    private static final Set<Fn> EVEN = EnumSet.of(Fn.COS, Fn.COSH, Fn.SEC);
    private static final int ROUNDS = 8;

    private final Algebra algebra;
    private final Atoms atoms;
    private final Set<Step> steps;

    Identities(Algebra algebra, Atoms atoms, Set<Step> steps) {
        this.algebra = algebra;
        this.atoms = atoms;
        this.steps = steps;
    }

    /** f(arg) for a simplified arg, when an identity of f applies; null otherwise. */
    Factored call(Fn fn, Expr arg) {
        if (fn == Fn.LOG && arg instanceof Expr.Call c && c.fn() == Fn.EXP) return algebra.factored(c.arg());
        if (fn == Fn.EXP && arg instanceof Expr.Call c && c.fn() == Fn.LOG) return algebra.factored(c.arg());
        boolean odd = ODD.contains(fn);
        if (!odd && !EVEN.contains(fn)) return null;
        Factored a = algebra.factored(arg);
        if (a.coef.signum() >= 0) return null;
        Factored f = algebra.callAtom(fn, algebra.render(a.mul(Factored.constant(Num.MINUS_ONE))));
        return odd ? f.mul(Factored.constant(Num.MINUS_ONE)) : f;
    }

    /** sin(u)**k / cos(u)**j → tan(u)**min(k, j) · (the rest), and cos/sin → cot, sinh/cosh → tanh likewise. */
    Factored quotients(Factored f) {
        Mono m = f.mono;
        m = ratio(m, Fn.SIN, Fn.COS, Fn.TAN);
        m = ratio(m, Fn.COS, Fn.SIN, Fn.COT);
        m = ratio(m, Fn.SINH, Fn.COSH, Fn.TANH);
        return m == f.mono ? f : new Factored(f.coef, m, f.bases);
    }

    private Mono ratio(Mono m, Fn top, Fn bottom, Fn quotient) {
        for (int i = 0; i < m.ids.length; i++) {
            if (m.exps[i] <= 0 || !(atoms.expr(m.ids[i]) instanceof Expr.Call c && c.fn() == top)) continue;
            int below = atoms.find(Expr.call(bottom, c.arg()));
            long n = below < 0 ? 0 : Math.min(m.exps[i], -m.exponentOf(below));
            if (n <= 0) continue;
            int q = atoms.id(Expr.call(quotient, c.arg()));
            steps.add(Step.IDENTITY);
            Mono swapped = m.mul(Mono.power(m.ids[i], -n)).mul(Mono.power(below, n)).mul(Mono.power(q, n));
            return ratio(swapped, top, bottom, quotient);
        }
        return m;
    }

    /** a·sin(u)²·r + a·cos(u)²·r → a·r, and a·cos(u)²·r - a·sin(u)²·r → a·cos(2u)·r, until neither does. */
    Poly trig(Poly p) {
        for (int round = 0; round < ROUNDS; round++) {
            Poly next = trigOnce(p);
            if (next == p) return p;
            p = next;
        }
        return p;
    }

    private Poly trigOnce(Poly p) {
        for (Map.Entry<Mono, Num> t : p.terms.entrySet()) {
            Mono m = t.getKey();
            Poly hyperbolic = hyperbolic(p, m, t.getValue());
            if (hyperbolic != null) return hyperbolic;
            Poly secant = plusOne(p, m, t.getValue());
            if (secant != null) return secant;
            for (int i = 0; i < m.ids.length; i++) {
                if (m.exps[i] != 2
                        || !(atoms.expr(m.ids[i]) instanceof Expr.Call c && c.fn() == Fn.SIN)) continue;
                int cos = atoms.find(Expr.call(Fn.COS, c.arg()));
                if (cos < 0 || m.exponentOf(cos) != 0) continue;
                Mono rest = m.mul(Mono.power(m.ids[i], -2)), partner = rest.mul(Mono.power(cos, 2));
                Num a = t.getValue(), b = p.terms.get(partner);
                if (b == null || !(a.equals(b) || a.equals(b.negate()))) continue;
                Poly.Sum s = new Poly.Sum();
                p.terms.forEach((k, v) -> {
                    if (!k.equals(m) && !k.equals(partner)) s.add(v, k);
                });
                if (a.equals(b)) s.add(a, rest);
                else s.add(b, rest.mul(Mono.atom(atoms.id(doubleAngle(c.arg())))));
                steps.add(Step.IDENTITY);
                return s.build();
            }
        }
        return p;
    }

    /**
     * a·exp(u)·r + a·exp(-u)·r → 2a·cosh(u)·r and a·exp(u)·r - a·exp(-u)·r → 2a·sinh(u)·r (u the
     * one without a minus sign).
     */
    private Poly hyperbolic(Poly p, Mono m, Num a) {
        for (int i = 0; i < m.ids.length; i++) {
            if (m.exps[i] != 1 || !(atoms.expr(m.ids[i]) instanceof Expr.Call c && c.fn() == Fn.EXP)) continue;
            Factored u = algebra.factored(c.arg());
            if (u.coef.signum() <= 0) continue;
            int minus = atoms.find(Expr.call(Fn.EXP, algebra.render(u.mul(Factored.constant(Num.MINUS_ONE)))));
            if (minus < 0 || m.exponentOf(minus) != 0) continue;
            Mono rest = m.mul(Mono.power(m.ids[i], -1)), partner = rest.mul(Mono.atom(minus));
            Num b = p.terms.get(partner);
            if (b == null || !(a.equals(b) || a.equals(b.negate()))) continue;
            Poly.Sum s = new Poly.Sum();
            p.terms.forEach((k, v) -> {
                if (!k.equals(m) && !k.equals(partner)) s.add(v, k);
            });
            Expr hyperbolic = Expr.call(a.equals(b) ? Fn.COSH : Fn.SINH, c.arg());
            s.add(a.mul(Num.TWO), rest.mul(Mono.atom(atoms.id(hyperbolic))));
            steps.add(Step.IDENTITY);
            return s.build();
        }
        return null;
    }

    /** a·tan(u)²·r + a·r → a·sec(u)²·r and a·cot(u)²·r + a·r → a·csc(u)²·r (1 + tan² = sec²). */
    private Poly plusOne(Poly p, Mono m, Num a) {
        for (int i = 0; i < m.ids.length; i++) {
            if (m.exps[i] != 2 || !(atoms.expr(m.ids[i]) instanceof Expr.Call c)) continue;
            Fn square = c.fn() == Fn.TAN ? Fn.SEC : c.fn() == Fn.COT ? Fn.CSC : null;
            Mono rest = m.mul(Mono.power(m.ids[i], -2));
            if (square == null || !a.equals(p.terms.get(rest))) continue;
            Poly.Sum s = new Poly.Sum();
            p.terms.forEach((k, v) -> {
                if (!k.equals(m) && !k.equals(rest)) s.add(v, k);
            });
            s.add(a, rest.mul(Mono.power(atoms.id(Expr.call(square, c.arg())), 2)));
            steps.add(Step.IDENTITY);
            return s.build();
        }
        return null;
    }

    private Expr doubleAngle(Expr u) { return Expr.call(Fn.COS, algebra.simplify(Expr.bin(Op.MUL, Num.TWO, u))); }
}
