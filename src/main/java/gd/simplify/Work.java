package gd.simplify;

/**
 * Counts the simplifier's elementary steps (nodes compared, terms visited), so that a test can
 * tell linear growth from quadratic without a timer. One per simplification; never shared.
 */
final class Work {
    private long steps;

    void tick() { steps++; }

    void add(long n) { steps += n; }

    long steps() { return steps; }
}
