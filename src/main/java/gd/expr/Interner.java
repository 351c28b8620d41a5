package gd.expr;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Hash-consing for Expr nodes: one node per structure, held weakly so that a finished session's
 * expressions can be collected. Keys compare shallowly (children by identity), which is exact
 * because every child was interned first.
 */
final class Interner {
    private static final Map<Expr, WeakReference<Expr>> TABLE = new WeakHashMap<>(1 << 16);

    private Interner() {}

    @SuppressWarnings("unchecked")
    static synchronized <T extends Expr> T intern(T fresh) {
        WeakReference<Expr> ref = TABLE.get(fresh);
        Expr old = ref == null ? null : ref.get();
        if (old != null) return (T) old;
        TABLE.put(fresh, new WeakReference<>(fresh));
        return fresh;
    }
}
