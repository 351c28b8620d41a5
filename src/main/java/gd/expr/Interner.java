package gd.expr;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

/**
 * Hash-consing for Expr nodes: one node per structure, held weakly so that a finished session's
 * expressions can be collected. Keys compare shallowly (children by identity), which is exact
 * because every child was interned first.
 *
 * A chained table of weak references that carry the node's hash, rather than a WeakHashMap of
 * weak references: one small object per node instead of three, no rehashing of keys, and
 * cleared entries leave through a reference queue. Synchronized: the REPL's evaluation thread
 * and any other thread may make nodes, but never many at once, so the lock is uncontended.
 */
final class Interner {
    private static final class Ref extends WeakReference<Expr> {
        final int hash;
        Ref next;

        Ref(Expr e, int hash, Ref next) {
            super(e, QUEUE);
            this.hash = hash;
            this.next = next;
        }
    }

    private static final ReferenceQueue<Expr> QUEUE = new ReferenceQueue<>();
    private static Ref[] table = new Ref[1 << 18];     // 1 MB: room for a 10,000-point loss (W3) without resizing
    private static int size;

    private Interner() {}

    @SuppressWarnings("unchecked")
    static synchronized <T extends Expr> T intern(T fresh) {
        expunge();
        int h = fresh.hashCode(), i = slot(h, table.length);
        for (Ref r = table[i]; r != null; r = r.next) {
            if (r.hash != h) continue;
            Expr old = r.get();
            if (old != null && old.equals(fresh)) return (T) old;
        }
        table[i] = new Ref(fresh, h, table[i]);
        if (++size > table.length - (table.length >>> 2)) resize();
        return fresh;
    }

    /** Unlinks the entries whose nodes were collected. */
    private static void expunge() {
        for (Ref dead; (dead = (Ref) QUEUE.poll()) != null; ) {
            int i = slot(dead.hash, table.length);
            Ref prev = null;
            for (Ref r = table[i]; r != null; prev = r, r = r.next) {
                if (r != dead) continue;
                if (prev == null) table[i] = r.next; else prev.next = r.next;
                size--;
                break;
            }
        }
    }

    private static void resize() {
        Ref[] bigger = new Ref[table.length * 2];
        for (Ref head : table) {
            for (Ref r = head, next; r != null; r = next) {
                next = r.next;
                int i = slot(r.hash, bigger.length);
                r.next = bigger[i];
                bigger[i] = r;
            }
        }
        table = bigger;
    }

    /** Expr hashes are built with *31 and have weak low bits for a power-of-two table: mix them. */
    private static int slot(int h, int length) {
        h *= 0x9E3779B9;
        return (h ^ (h >>> 16)) & (length - 1);
    }
}
