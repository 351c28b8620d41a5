package gd.eval;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A gd list: mutable and shared, as in Python (ys = xs; xs.append(1) changes ys too; append is
 * O(1)). Only {@link Env} changes one, so that every change is in its undo journal and a failed
 * statement changes nothing; through the List interface it is read-only, so a built-in cannot
 * change a list behind the journal's back. A list a built-in made is wrapped as it is and copied
 * on the first change; a list inside it is wrapped the first time it is read, and kept, so that
 * reading it twice gives the same (shared) list.
 */
public final class GdList extends AbstractList<Object> implements RandomAccess {
    private List<Object> items;
    private boolean owned;

    @SuppressWarnings("unchecked")
    private GdList(List<?> items, boolean owned) {
        this.items = (List<Object>) items;
        this.owned = owned;
    }

    /** v as a gd list if it is a list (a list already is one), else v itself. */
    public static Object of(Object v) { return v instanceof List<?> l && !(v instanceof GdList) ? new GdList(l, false) : v; }

    /** A new list that takes these items over. */
    static GdList owning(ArrayList<Object> items) { return new GdList(items, true); }

    @Override public Object get(int i) {
        Object v = items.get(i);
        if (v instanceof List<?> l && !(v instanceof GdList)) {
            v = new GdList(l, false);
            mutable().set(i, v);          // the same value, now shared: no undo needed
        }
        return v;
    }

    @Override public int size() { return items.size(); }

    /** The list this one wraps, while it has not changed (a built-in's list as it was made: floats stay arrays); else the copy. */
    List<Object> items() { return items; }

    private List<Object> mutable() {
        if (!owned) { items = new ArrayList<>(items); owned = true; }
        return items;
    }

    // For Env, which journals each change.
    void push(Object v) { mutable().add(v); }
    void pop() { items.remove(items.size() - 1); }
    Object put(int i, Object v) { return mutable().set(i, v); }
}
