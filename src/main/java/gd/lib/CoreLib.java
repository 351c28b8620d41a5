package gd.lib;

import gd.eval.Args;
import gd.eval.Builtin;
import gd.eval.Floats;
import gd.eval.Library;
import gd.eval.Values;
import gd.expr.Builder;
import gd.expr.Expr;
import gd.expr.Fn;
import gd.expr.Num;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The general-purpose built-ins, with Python's meanings: len, range, zip, sum, min, max, abs, print. */
public final class CoreLib implements Library {

    @Override public List<Builtin> builtins() {
        return List.of(
            new Builtin("len", "len(xs)", "the number of items in a list, string or dict: len([1, 2, 3]) is 3",
                    CoreLib::len),
            new Builtin("range", "range(stop) or range(start, stop[, step])",
                    "the whole numbers from start (default 0) up to but not including stop: range(3) is [0, 1, 2]",
                    CoreLib::range),
            new Builtin("zip", "zip(xs, ys, ...)", "pairs up items of lists: zip([1, 2], [3, 4]) is [[1, 3], [2, 4]]",
                    CoreLib::zip),
            new Builtin("sum", "sum(xs, start=0)",
                    "adds the items, starting from 0 as Python does, so a sum of expressions prints (+ (+ 0 a) b): "
                            + "sum(x**2 for x in [1, 2, 3]) is 14", CoreLib::sum),
            new Builtin("min", "min(xs) or min(a, b, ...)", "the smallest number: min(3, 1, 2) is 1; " + Fn.MIN.note(),
                    a -> extreme(a, Fn.MIN)),
            new Builtin("max", "max(xs) or max(a, b, ...)", "the largest number: max([3, 1, 2]) is 3; " + Fn.MAX.note(),
                    a -> extreme(a, Fn.MAX)),
            new Builtin("print", "print(value, ...)",
                    "prints its arguments on one line, separated by spaces: print(\"loss\", 0.5)", CoreLib::print));
    }

    private static Object len(Args a) {
        Object v = a.expect(1, 1).get(0);
        if (v instanceof String s) return Num.of(s.length());
        if (v instanceof java.util.Map<?, ?> m) return Num.of(m.size());
        return Num.of(a.list(0).size());
    }

    private static Object range(Args a) {
        a.expect(1, 3);
        long start = 0, stop, step = 1;
        if (a.size() == 1) stop = whole(a, 0);
        else { start = whole(a, 0); stop = whole(a, 1); }
        if (a.size() == 3) step = whole(a, 2);
        if (step == 0) throw a.errorAt(2, "range's step cannot be 0");
        long count = step > 0 ? Math.max(0, (stop - start + step - 1) / step)
                : Math.max(0, (start - stop - step - 1) / -step);
        if (count > 50_000_000) throw a.error("range of " + count + " numbers is too long (at most 50,000,000)");
        List<Object> out = new ArrayList<>((int) count);
        for (long i = 0; i < count; i++) {
            if ((i & 0xFFFF) == 0) gd.expr.Cancel.check();
            out.add(Num.of(start + i * step));
        }
        return Collections.unmodifiableList(out);
    }

    private static long whole(Args a, int i) {
        Num n = a.num(i);
        if (!n.isExact())
            throw a.errorAt(i, "range counts in integers, and " + n
                    + " is a float here (write it without a decimal point or exponent)");
        if (!n.isInteger() || n.numerator().bitLength() > 62) throw a.errorAt(i, "range needs whole numbers, got " + n);
        return n.numerator().longValue();
    }

    private static Object zip(Args a) {
        a.expect(1, Integer.MAX_VALUE);
        int n = Integer.MAX_VALUE;
        List<List<Object>> lists = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            lists.add(a.list(i));
            n = Math.min(n, lists.get(i).size());
        }
        List<Object> columns = Floats.zip(lists);
        if (columns != null) return columns;
        List<Object> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            List<Object> row = new ArrayList<>(lists.size());
            for (List<Object> l : lists) row.add(l.get(k));
            out.add(Collections.unmodifiableList(row));
        }
        return Collections.unmodifiableList(out);
    }

    private static Object sum(Args a) {
        a.expect(1, 1, "start");
        Object acc = a.has("start") ? a.keyword("start") : Num.ZERO;
        for (Object item : a.list(0)) {
            if (!(acc instanceof Expr x) || !(item instanceof Expr y))
                throw a.errorAt(0, "sum adds numbers and expressions; this list holds " + Values.describe(item));
            acc = Builder.RAW.add(x, y);
        }
        return acc;
    }

    /** The largest (smallest) number; with an expression among them, the node max(max(a, b), c), which d and the tape know. */
    private static Object extreme(Args a, Fn fn) {
        a.expect(1, Integer.MAX_VALUE);
        int sign = fn == Fn.MAX ? 1 : -1;
        List<Object> items = a.size() == 1 && !(a.get(0) instanceof Expr) ? a.list(0) : a.all();
        if (items.isEmpty()) throw a.errorAt(0, "cannot take the " + fn.fnName() + " of an empty list");
        if (items.stream().anyMatch(o -> o instanceof Expr && !(o instanceof Num))) return symbolic(a, fn, items);
        Num best = null;
        for (Object o : items) {
            if (!(o instanceof Num n))
                throw a.error(fn.fnName() + " compares numbers and expressions, got " + Values.describe(o));
            if (best == null || Double.compare(n.doubleValue(), best.doubleValue()) * sign > 0) best = n;
        }
        return best;
    }

    private static Expr symbolic(Args a, Fn fn, List<Object> items) {
        Expr acc = null;
        for (Object o : items) {
            if (o instanceof Boolean b) o = Num.of(b ? 1 : 0);
            if (!(o instanceof Expr e))
                throw a.error(fn.fnName() + " compares numbers and expressions, got " + Values.describe(o));
            acc = acc == null ? e : Builder.RAW.call(fn, List.of(acc, e));
        }
        if (items.size() == 1)
            throw a.errorAt(0, fn.fnName() + " of one expression is that expression; give it two or more: "
                    + fn.fnName() + "(x, 0)");
        return acc;
    }

    private static Object print(Args a) {
        a.expect(0, Integer.MAX_VALUE);
        List<String> parts = new ArrayList<>();
        for (Object o : a.all()) parts.add(a.interp().show(o));
        a.out().line(String.join(" ", parts));
        return null;
    }

}
