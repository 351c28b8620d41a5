package gd.handout;

/** Markdown, as GitHub and Jupyter read it: math in $$, code fenced, checks as ✓ / ✗ lines. */
final class Markdown implements Format {
    @Override public String extension() { return "md"; }
    @Override public void begin(StringBuilder doc, String title) { doc.append("# ").append(title).append("\n\n"); }
    @Override public void heading(StringBuilder doc, String text) { doc.append("## ").append(text).append("\n\n"); }
    @Override public void paragraph(StringBuilder doc, String text) { doc.append(text).append("\n\n"); }
    @Override public void code(StringBuilder doc, String code) { fence(doc, "python", code); }
    @Override public void output(StringBuilder doc, String text) { fence(doc, "text", text); }
    @Override public void math(StringBuilder doc, String latex) { doc.append("$$").append(latex).append("$$\n\n"); }
    @Override public void image(StringBuilder doc, String file, String caption) {
        doc.append("![").append(caption).append("](").append(file).append(")\n\n");
    }

    @Override public void check(StringBuilder doc, String code, boolean passed, String message) {
        doc.append(passed ? "✓ " : "✗ ").append('`').append(code).append('`').append(passed ? ""
                : ": " + message.replace("\n", " ")).append("\n\n");
    }

    @Override public void error(StringBuilder doc, String rendered) { fence(doc, "text", rendered); }
    @Override public void end(StringBuilder doc) { }

    private static void fence(StringBuilder doc, String lang, String text) {
        String fence = text.contains("```") ? "~~~~" : "```";
        doc.append(fence).append(lang).append('\n').append(text).append('\n').append(fence).append("\n\n");
    }
}
