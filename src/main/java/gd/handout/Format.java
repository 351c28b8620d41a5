package gd.handout;

/**
 * How a handout is written in one document language (Markdown, HTML, LaTeX): each method appends
 * one block. {@link Handout} decides what goes in; a format only decides how it looks.
 */
interface Format {
    /** The file name's extension, without the dot. */
    String extension();

    void begin(StringBuilder doc, String title);
    void heading(StringBuilder doc, String text);
    void paragraph(StringBuilder doc, String text);
    void code(StringBuilder doc, String code);
    /** Printed text or a value that is not an expression, shown as it printed. */
    void output(StringBuilder doc, String text);
    /** An expression's value, displayed as math. */
    void math(StringBuilder doc, String latex);
    /** A picture written beside the document, by its file name (relative to the document). */
    void image(StringBuilder doc, String file, String caption);
    void check(StringBuilder doc, String code, boolean passed, String message);
    void error(StringBuilder doc, String rendered);
    void end(StringBuilder doc);

    static Format named(String name) {
        return switch (name) {
            case "markdown", "md" -> new Markdown();
            case "html" -> new Html();
            case "latex", "tex" -> new LatexDoc();
            default -> null;
        };
    }
}
