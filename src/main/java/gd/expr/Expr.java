package gd.expr;

import java.util.List;

/**
 * A symbolic expression: a number, a symbol, an operator applied to arguments, or a built-in
 * function call. Nodes are immutable and hash-consed: every node is made through the factories
 * here, which return the one existing node of that structure. So structural equality is
 * identity, and walks over shared graphs (W5's 31 nodes standing for 2^31) can memoize on
 * identity. Each node also caches its hash and its printed-tree size, computed in O(1) from its
 * children, so neither ever walks the tree.
 */
public sealed interface Expr permits Num, Expr.Sym, Expr.Apply, Expr.Call {

    /** Node count of the tree this stands for (shared nodes counted each time), saturating at Long.MAX_VALUE. */
    long size();

    /** The direct children, left to right. */
    List<Expr> args();

    static Sym sym(String name) { return Interner.intern(new Sym(name, Double.NaN, false)); }

    /** A named mathematical constant (pi, e): a symbol that d and simplify keep, with a value that val and the tape use. */
    static Sym constant(String name, double value) { return Interner.intern(new Sym(name, value, true)); }

    static Expr bin(Op op, Expr left, Expr right) { return apply(op, List.of(left, right)); }

    static Expr apply(Op op, List<Expr> args) {
        if (args.size() < 2 || (args.size() > 2 && !op.isNary()))
            throw new IllegalArgumentException(op + " cannot take " + args.size() + " arguments");
        return Interner.intern(new Apply(op, List.copyOf(args)));
    }

    static Expr call(Fn fn, Expr arg) { return call(fn, List.of(arg)); }

    /** fn applied to as many arguments as it takes (max(a, b), where(c, a, b)). */
    static Expr call(Fn fn, List<Expr> args) {
        if (args.size() != fn.arity())
            throw new IllegalArgumentException(fn.fnName() + " takes " + fn.arity() + " arguments, not " + args.size());
        return Interner.intern(new Call(fn, List.copyOf(args)));
    }

    /** A named variable, or a named constant (see {@link Constants}), never equal to the variable of that name. */
    final class Sym implements Expr {
        private final String name;
        private final double value;
        private final boolean constant;
        private final int hash;

        private Sym(String name, double value, boolean constant) {
            this.name = name;
            this.value = value;
            this.constant = constant;
            this.hash = name.hashCode() * 31 + (constant ? 11 : 7);
        }

        public String name() { return name; }
        public boolean isConstant() { return constant; }
        /** A constant's value (NaN for a variable). */
        public double value() { return value; }
        public long size() { return 1; }
        public List<Expr> args() { return List.of(); }
        @Override public int hashCode() { return hash; }
        @Override public boolean equals(Object o) {
            return o == this || o instanceof Sym s && s.name.equals(name) && s.constant == constant;
        }
        @Override public String toString() { return name; }
    }

    /**
     * An operator applied to two or more arguments (more than two only for + and *). A sum over
     * data rows ({@link DataSum}) is an Apply too, the seed's (+ prefix term), whose children are
     * made only when a walk asks for them: so every walk sees the seed's expression, and the tape
     * and the printer, which ask {@link #data} first, never build it. Such a node is not interned
     * (its hash comes from its sum, not from children it does not have yet).
     */
    final class Apply implements Expr {
        private final Op op;
        private List<Expr> args;               // null until a deferred sum's children are asked for
        private final int hash;
        private final long size;
        private final DataSum data;
        private final int rows;

        private Apply(Op op, List<Expr> args) {
            this.op = op;
            this.args = args;
            int h = op.ordinal() + 1;       // ordinals, not enum identity hashes: the same hash in every run
            long n = 1;
            for (int i = 0, count = args.size(); i < count; i++) {   // indexed: no iterator per node (C1 does not elide it)
                Expr a = args.get(i);
                h = h * 31 + a.hashCode();
                n = Sizes.add(n, a.size());
            }
            this.hash = h;
            this.size = n;
            this.data = null;
            this.rows = 0;
        }

        /** The sum of the first rows terms of data, children deferred. */
        Apply(DataSum data, int rows) {
            this.op = Op.ADD;
            this.data = data;
            this.rows = rows;
            this.hash = System.identityHashCode(data) * 31 + rows;
            this.size = data.size(rows);
        }

        public Op op() { return op; }

        public List<Expr> args() {
            if (args == null) args = List.of(data.prefix(rows - 1), data.term(rows - 1));
            return args;
        }

        /** The data sum this node adds up (its first {@link #rows} terms), or null for an ordinary node. */
        public DataSum data() { return data; }
        public int rows() { return rows; }
        public Expr left() { return args().get(0); }
        public Expr right() { return args().get(args().size() - 1); }
        public long size() { return size; }
        @Override public int hashCode() { return hash; }

        /** Shallow: children are interned, so comparing them by identity is comparing them structurally. */
        @Override public boolean equals(Object o) {
            if (o == this) return true;
            if (!(o instanceof Apply a) || a.hash != hash || a.op != op) return false;
            if (data != null || a.data != null) return data == a.data && rows == a.rows;
            if (a.args.size() != args.size()) return false;
            for (int i = 0; i < args.size(); i++) if (a.args.get(i) != args.get(i)) return false;
            return true;
        }

        @Override public String toString() { return SExpr.print(this); }
    }

    /** A built-in function, one of {@link Fn}, applied to its arguments (one, or as many as {@link Fn#arity} says). */
    final class Call implements Expr {
        private final Fn fn;
        private final List<Expr> args;
        private final int hash;
        private final long size;

        private Call(Fn fn, List<Expr> args) {
            this.fn = fn;
            this.args = args;
            int h = (fn.ordinal() + 101) * 31 + args.get(0).hashCode();
            long n = Sizes.add(1, args.get(0).size());
            for (int i = 1; i < args.size(); i++) {
                h = h * 31 + args.get(i).hashCode();
                n = Sizes.add(n, args.get(i).size());
            }
            this.hash = h;
            this.size = n;
        }

        public Fn fn() { return fn; }
        /** The first (for most functions, the only) argument. */
        public Expr arg() { return args.get(0); }
        public List<Expr> args() { return args; }
        public long size() { return size; }
        @Override public int hashCode() { return hash; }

        /** Shallow, as {@link Apply#equals}: the arguments are interned. */
        @Override public boolean equals(Object o) {
            if (o == this) return true;
            if (!(o instanceof Call c) || c.fn != fn || c.hash != hash) return false;
            for (int i = 0; i < args.size(); i++) if (c.args.get(i) != args.get(i)) return false;
            return true;
        }

        @Override public String toString() { return SExpr.print(this); }
    }
}
