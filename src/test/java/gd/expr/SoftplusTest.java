package gd.expr;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** softplus stays finite and exact where log(1 + exp(x)) overflows or loses every digit. */
class SoftplusTest {
    @Test
    void largeAndVeryNegativeArgumentsKeepTheirDigits() {
        assertEquals(1000.0, Fn.SOFTPLUS.apply(1000));
        assertEquals(StrictMath.exp(-800), Fn.SOFTPLUS.apply(-800), 1e-12 * StrictMath.exp(-800));   // log(1 + e^-800) = e^-800 nearly exactly
        assertEquals(StrictMath.log(2), Fn.SOFTPLUS.apply(0), 1e-16);
        assertEquals(1.0, Fn.SOFTPLUS.slope(1000));
        assertEquals(0.0, Fn.SOFTPLUS.slope(-1000), 1e-300);
        assertEquals(Fn.SOFTPLUS.apply(3) - Fn.SOFTPLUS.apply(-3), 3.0, 1e-15, "softplus(x) - softplus(-x) = x");
        assertEquals(true, Double.isNaN(Fn.SOFTPLUS.apply(Double.NaN)));
    }
}
