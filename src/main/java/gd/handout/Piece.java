package gd.handout;

import gd.eval.Picture;

import java.util.List;

/**
 * One step of a script as a handout shows it: the comments before it (prose), its code (the
 * lines of one or more statements that start on the same line), and what running it showed.
 */
record Piece(List<String> comments, String code, List<Item> items, List<Blank> answers) {
    Piece {
        comments = List.copyOf(comments);
        items = List.copyOf(items);
        answers = List.copyOf(answers);
    }

    /** Where an assert's expected answer stands in the code: line (0-based within it), column, length. */
    record Blank(int line, int col, int length) {}

    /** Whether every statement is an assert (its checks then show its code). */
    boolean onlyChecks() {
        return !items.isEmpty() && items.stream().allMatch(i -> i instanceof Check)
                && items.size() == code.split("\n").length;
    }

    /** Whether this piece holds an exercise: an assert with an answer to leave out. */
    boolean isExercise() { return !answers.isEmpty(); }

    /** The code with each answer replaced by a blank to fill in. */
    String exercise() {
        String[] lines = code.split("\n", -1);
        List<Blank> rightFirst = new java.util.ArrayList<>(answers);
        rightFirst.sort((a, b) -> a.line != b.line ? Integer.compare(a.line, b.line) : Integer.compare(b.col, a.col));
        for (Blank b : rightFirst) {
            String l = lines[b.line];
            lines[b.line] = l.substring(0, b.col) + "____"
                    + l.substring(java.lang.Math.min(l.length(), b.col + b.length));
        }
        return String.join("\n", lines);
    }

    /** What a statement showed. */
    sealed interface Item {}

    /** Printed text (print, train's report, explain), or a value that is not an expression. */
    record Text(String text) implements Item {}

    /** An expression's value: as the session prints it, and as LaTeX. */
    record Math(String text, String latex) implements Item {}

    /** A chart (plot, train's loss curve and fit). */
    record Image(Picture picture) implements Item {}

    /** An assert: the statement's code, whether it held, and (when it did not) why. */
    record Check(String code, boolean passed, String message) implements Item {}

    /** The error that stopped the script, as gd reports it. */
    record Error(String rendered) implements Item {}
}
