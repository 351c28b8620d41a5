package gd.expr;

/** Saturating arithmetic for node counts, which can exceed a long on shared graphs. */
final class Sizes {
    private Sizes() {}

    static long add(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }
}
