package gd.simplify;

/**
 * Caps the work of expanding products, so (x+y+1)**60 or (x+1)**100000 give up quickly and
 * stay factored instead of eating time and memory. Work is counted in term-by-term products.
 */
final class Budget {
    static final long WORK = 4_000_000, TERMS = 100_000;

    private long work = WORK;

    /** Whether n units of work are left. */
    boolean allows(double n) { return n <= work; }

    /** Takes n units of work if there are that many left; false (and nothing taken) otherwise. */
    boolean spend(long n) {
        if (n < 0 || n > work) return false;
        work -= n;
        return true;
    }
}
