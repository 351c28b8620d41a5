package gd.grad;

import gd.expr.Expr;

/**
 * Expr node -> int, by identity (nodes are interned, so identity is structural equality), in an
 * open-addressing table keyed by each node's cached hash: no boxing and no entry objects, which
 * matters when laying out a loss of a million nodes. Absent keys give -1.
 */
final class NodeIndex {
    private Expr[] keys;
    private int[] values;
    private int size;

    /** Room for about expected nodes (a tree's size bounds its graph's) without growing, up to 131,072 (2 MB). */
    NodeIndex(long expected) {
        int capacity = 1024;
        while (capacity < 2 * Math.min(expected, 1 << 17)) capacity *= 2;
        keys = new Expr[capacity];
        values = new int[capacity];
    }

    int get(Expr e) {
        int mask = keys.length - 1;
        for (int i = spread(e.hashCode()) & mask; ; i = (i + 1) & mask) {
            Expr k = keys[i];
            if (k == e) return values[i];
            if (k == null) return -1;
        }
    }

    void put(Expr e, int value) {
        if (2 * (size + 1) > keys.length) grow();
        int mask = keys.length - 1;
        int i = spread(e.hashCode()) & mask;
        while (keys[i] != null && keys[i] != e) i = (i + 1) & mask;
        if (keys[i] == null) size++;
        keys[i] = e;
        values[i] = value;
    }

    private void grow() {
        Expr[] oldKeys = keys;
        int[] oldValues = values;
        keys = new Expr[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != null) put(oldKeys[i], oldValues[i]);
    }

    /** The hashes are built with *31 and have poor low bits for a power-of-two table: mix them. */
    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
