package gd.eval;

import gd.expr.Expr;
import gd.expr.Num;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A session's state: global names and the current values of the parameters (declared with
 * params, updated by assignment and train). Undo is a journal, not a copy: after {@link #mark()},
 * the first change to each name or parameter remembers what it replaced, and {@link #rollback()}
 * puts exactly those back. A statement's undo costs what it changed, not what exists. A second,
 * inner journal starts at each {@link #savepoint()} (the start of a loop's iteration, the end of a
 * stopped train), so that Ctrl-C can undo just the unfinished part: {@link #rollbackToSavepoint()}.
 * Lists are shared and change in place ({@link GdList}): each change to one goes through here and
 * leaves its inverse in a log, which rollback runs backwards.
 */
public final class Env {
    /** Stands in the journal for "this name did not exist". */
    private static final Object ABSENT = new Object();
    private final LinkedHashMap<String, Object> globals = new LinkedHashMap<>();
    private final LinkedHashMap<Expr.Sym, Num> params = new LinkedHashMap<>();
    private final Map<String, Object> oldGlobals = new HashMap<>();
    private final Map<Expr.Sym, Object> oldParams = new HashMap<>();
    private final Map<String, Object> savedGlobals = new HashMap<>();
    private final Map<Expr.Sym, Object> savedParams = new HashMap<>();
    private boolean saved;
    private final java.util.ArrayList<Runnable> listUndo = new java.util.ArrayList<>();
    private int savedListUndo;
    private final java.util.Set<String> imported = new java.util.HashSet<>();
    private final Map<String, Object> oldImported = new HashMap<>(), savedImported = new HashMap<>();

    /** Starts a new unit of undo (a statement): what earlier units changed can no longer be rolled back. */
    public void mark() {
        oldGlobals.clear();
        oldParams.clear();
        oldImported.clear();
        savedGlobals.clear();
        savedParams.clear();
        savedImported.clear();
        saved = false;
        listUndo.clear();
        savedListUndo = 0;
    }

    /** What the statement did so far is kept even if it is interrupted later: Ctrl-C undoes only what comes after. */
    public void savepoint() {
        savedGlobals.clear();
        savedParams.clear();
        savedImported.clear();
        saved = true;
        savedListUndo = listUndo.size();
    }

    /** Puts back what changed since the last savepoint and keeps the rest; false (and nothing done) when there was none. */
    public boolean rollbackToSavepoint() {
        if (!saved) return false;
        undoLists(savedListUndo);
        restore(savedGlobals, savedParams);
        imported.removeAll(savedImported.keySet());
        mark();
        return true;
    }

    /** Puts back every name and parameter changed since the last mark, as it was then. */
    public void rollback() {
        undoLists(0);
        restore(oldGlobals, oldParams);
        imported.removeAll(oldImported.keySet());
        mark();
    }

    private void restore(Map<String, Object> oldGlobals, Map<Expr.Sym, Object> oldParams) {
        for (Map.Entry<String, Object> e : oldGlobals.entrySet()) {
            if (e.getValue() == ABSENT) globals.remove(e.getKey()); else globals.put(e.getKey(), e.getValue());
        }
        for (Map.Entry<Expr.Sym, Object> e : oldParams.entrySet()) {
            if (e.getValue() == ABSENT) params.remove(e.getKey()); else params.put(e.getKey(), (Num) e.getValue());
        }
    }

    /** Undoes the list changes logged after position from, newest first. */
    private void undoLists(int from) {
        for (int i = listUndo.size() - 1; i >= from; i--) listUndo.remove(i).run();
    }

    /** xs.append(v), in place. */
    public void append(GdList xs, Object v) {
        xs.push(v);
        listUndo.add(xs::pop);
    }

    /** xs[i] = v, in place (i already checked). */
    public void setItem(GdList xs, int i, Object v) {
        Object old = xs.put(i, v);
        listUndo.add(() -> xs.put(i, old));
    }

    /** The first change since the journal started wins: that is the value to put back. */
    private static <K> void remember(Map<K, Object> journal, K key, Object old) {
        if (!journal.containsKey(key)) journal.put(key, old);
    }

    public Object get(String name) { return globals.get(name); }
    public boolean has(String name) { return globals.containsKey(name); }

    public void set(String name, Object value) {
        Object old = globals.containsKey(name) ? globals.get(name) : ABSENT;
        remember(oldGlobals, name, old);
        if (saved) remember(savedGlobals, name, old);
        globals.put(name, value);
    }

    public Map<String, Object> globals() { return java.util.Collections.unmodifiableMap(globals); }

    public void declare(Expr.Sym p, Num value) {
        Object old = params.containsKey(p) ? params.get(p) : ABSENT;
        remember(oldParams, p, old);
        if (saved) remember(savedParams, p, old);
        params.put(p, value);
    }

    /** Records that a library file (by its real path) has run; false when it already had, so that it runs once. Undone with the rest. */
    public boolean markImported(String file) {
        if (!imported.add(file)) return false;
        remember(oldImported, file, ABSENT);
        if (saved) remember(savedImported, file, ABSENT);
        return true;
    }

    public boolean isParam(Expr.Sym s) { return params.containsKey(s); }
    public Num param(Expr.Sym p) { return params.get(p); }

    public void setParam(Expr.Sym p, Num value) {
        if (!params.containsKey(p)) throw new IllegalArgumentException(p + " is not a parameter");
        declare(p, value);
    }

    /** Parameters in declaration order, with their current values. */
    public Map<Expr.Sym, Num> params() { return java.util.Collections.unmodifiableMap(params); }
}
