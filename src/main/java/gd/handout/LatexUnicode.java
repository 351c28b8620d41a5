package gd.handout;

import java.util.Map;
import java.util.TreeSet;

/**
 * pdflatex's utf8 input knows Latin letters but not what gd's output also holds (✓ ✗ → …, and
 * the terminal's lines and blocks): each such character in a document is declared as something
 * that prints, so the document compiles whatever the output held.
 */
final class LatexUnicode {
    private static final Map<Integer, String> KNOWN = Map.ofEntries(
            Map.entry(0x2713, "\\ensuremath{\\checkmark}"), Map.entry(0x2714, "\\ensuremath{\\checkmark}"),
            Map.entry(0x2717, "\\ensuremath{\\times}"), Map.entry(0x2718, "\\ensuremath{\\times}"),
            Map.entry(0x2192, "\\ensuremath{\\rightarrow}"), Map.entry(0x2190, "\\ensuremath{\\leftarrow}"),
            Map.entry(0x2026, "\\ldots{}"), Map.entry(0x2212, "\\ensuremath{-}"),
                    Map.entry(0x2248, "\\ensuremath{\\approx}"),
            Map.entry(0x2264, "\\ensuremath{\\leq}"), Map.entry(0x2265, "\\ensuremath{\\geq}"),
                    Map.entry(0x221E, "\\ensuremath{\\infty}"),
            Map.entry(0x2022, "\\textbullet{}"), Map.entry(0x2502, "|"), Map.entry(0x2500, "-"));

    private LatexUnicode() {}

    /** \DeclareUnicodeCharacter lines for every character of doc past Latin Extended-A. */
    static String declarations(CharSequence doc) {
        TreeSet<Integer> beyond = new TreeSet<>();
        doc.codePoints().filter(c -> c > 0x17F).forEach(beyond::add);
        StringBuilder sb = new StringBuilder();
        for (int c : beyond)
            sb.append(String.format("\\DeclareUnicodeCharacter{%04X}{%s}%n", c, KNOWN.getOrDefault(c, fallback(c))));
        return sb.toString();
    }

    /** A block of a terminal chart as #, a line drawing as +, anything else as a bold ?. */
    private static String fallback(int c) {
        if (c >= 0x2580 && c <= 0x259F) return "\\#";
        if (c >= 0x2500 && c <= 0x257F) return "+";
        return "\\textbf{?}";
    }
}
