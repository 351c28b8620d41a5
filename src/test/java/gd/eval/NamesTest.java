package gd.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** "Did you mean": typos get a suggestion, names that merely share a length do not. */
class NamesTest {
    private static final List<String> BUILTINS = List.of("d", "val", "len", "cos", "sin", "exp", "log", "simplify", "range", "zip", ":help");

    @Test void typosFindTheirName() {
        assertEquals("val", Names.nearest("vall", BUILTINS));
        assertEquals("exp", Names.nearest("epx", BUILTINS), "a swap of two letters is one typo");
        assertEquals("simplify", Names.nearest("simplfy", BUILTINS));
        assertEquals("simplify", Names.nearest("smiplfiy", BUILTINS));
        assertEquals(":help", Names.nearest(":hlep", BUILTINS));
        assertEquals("len", Names.nearest("Len", BUILTINS));
    }

    @Test void unrelatedShortNamesGetNoSuggestion() {
        assertNull(Names.nearest("y", BUILTINS), "'y' is not a typo of 'd'");
        assertNull(Names.nearest("foo", BUILTINS), "'foo' is not a typo of 'cos'");
        assertNull(Names.nearest("nan", BUILTINS), "'nan' is not a typo of 'len'");
        assertNull(Names.nearest("ab", BUILTINS));
    }

    @Test void neverAnotherMathematicalFunction() {
        List<String> all = java.util.stream.Stream.of(gd.expr.Fn.values()).filter(gd.expr.Fn::isNamed).map(gd.expr.Fn::fnName).toList();
        for (String f : all) {
            List<String> others = all.stream().filter(g -> !g.equals(f)).toList();
            assertNull(Names.nearest(f, others), f + " must not be offered another function");
        }
        for (String name : List.of("coth", "sech", "acot", "sinc", "tann", "sinn", "arcsec")) assertNull(Names.nearest(name, all), name);
        assertEquals("atan", Names.nearest("arctan", all));
        assertEquals("log", Names.nearest("ln", all));
        assertEquals("asinh", Names.nearest("arsinh", all));
        assertEquals("sqrt", Names.nearest("sqtr", all), "swapped letters are a typo of the same function");
    }
}
