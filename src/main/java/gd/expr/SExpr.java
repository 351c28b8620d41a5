package gd.expr;

/**
 * The S-expression printer of the seed: (op arg ...). A tree larger than the budget is cut:
 * subtrees past it print as '…' and a note says how many nodes were left out, so printing a
 * huge shared graph never hangs.
 */
public final class SExpr {
    public static final long DEFAULT_BUDGET = 20_000;

    private SExpr() {}

    public static String print(Expr e) { return print(e, DEFAULT_BUDGET); }

    public static String print(Expr e, long budget) {
        StringBuilder sb = new StringBuilder();
        long[] left = {budget, 0};             // [1]: nodes that data sums stand for without printing them
        write(e, sb, left);
        long shown = Sizes.add(budget - left[0], left[1]);
        if (shown < e.size()) {
            long omitted = e.size() - shown;
            sb.append("  [").append(omitted == Long.MAX_VALUE - shown ? "over 9e18" : Long.toString(omitted))
              .append(" of ").append(e.size() == Long.MAX_VALUE ? "over 9e18" : Long.toString(e.size()))
              .append(" nodes not shown]");
        }
        return sb.toString();
    }

    /** A symbol's name; a data sum's placeholder (x#12) shows as its loop variable. */
    private static String shown(Expr.Sym s) {
        int hash = s.name().indexOf('#');
        return hash < 0 ? s.name() : s.name().substring(0, hash);
    }

    private static void write(Expr e, StringBuilder sb, long[] left) {
        if (left[0] <= 0) { sb.append('…'); return; }
        left[0] -= 1;
        if (e instanceof Num n) {
            sb.append(NumFormat.literal(n));
            if (n.size() > 1) left[0] -= 2;
        } else if (e instanceof Expr.Sym s) {
            sb.append(shown(s));
        } else if (e instanceof Expr.Apply a && a.data() != null && a.rows() >= DataSum.SHOWN_SHORT) {
            sb.append("(sum ");                   // a data sum prints as its body and its row count, not as thousands of terms
            long before = left[0];
            write(a.data().body(), sb, left);
            left[1] = Sizes.add(left[1], a.size() - 1 - (before - left[0]));
            sb.append(" for ").append(String.join(", ", a.data().names())).append(" in ").append(a.rows()).append(" rows)");
        } else if (e instanceof Expr.Apply a) {
            sb.append('(').append(a.op().symbol);
            for (Expr arg : a.args()) { sb.append(' '); write(arg, sb, left); }
            sb.append(')');
        } else if (e instanceof Expr.Call c) {
            sb.append('(').append(c.fn().fnName());
            for (Expr arg : c.args()) { sb.append(' '); write(arg, sb, left); }
            sb.append(')');
        } else {
            throw new AssertionError(e);
        }
    }
}
