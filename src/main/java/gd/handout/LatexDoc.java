package gd.handout;

/** A LaTeX article: code and output verbatim, math displayed, pictures with graphicx, checks with amssymb's marks. */
final class LatexDoc implements Format {
    @Override public String extension() { return "tex"; }

    @Override public void begin(StringBuilder doc, String title) {
        doc.append("\\documentclass{article}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amsmath,amssymb,graphicx}\n")
           .append("\\usepackage[margin=2.5cm]{geometry}\n\\title{").append(escape(title)).append("}\n\\date{}\n")
           .append("\\begin{document}\n\\maketitle\n\n");
    }

    @Override public void heading(StringBuilder doc, String text) {
        doc.append("\\section*{").append(escape(text)).append("}\n\n");
    }
    @Override public void paragraph(StringBuilder doc, String text) { doc.append(escape(text)).append("\n\n"); }
    @Override public void code(StringBuilder doc, String code) { verbatim(doc, code); }
    @Override public void output(StringBuilder doc, String text) { verbatim(doc, text); }
    @Override public void math(StringBuilder doc, String latex) { doc.append("\\[ ").append(latex).append(" \\]\n\n"); }

    @Override public void image(StringBuilder doc, String file, String caption) {
        doc.append("\\begin{center}\n\\includegraphics[width=0.8\\linewidth]{").append(file).append("}\n\\end{center}\n\n");
    }

    @Override public void check(StringBuilder doc, String code, boolean passed, String message) {
        doc.append(passed ? "$\\checkmark$ " : "$\\times$ ").append("\\texttt{").append(escape(code)).append("}")
           .append(passed ? "" : ": " + escape(message.replace("\n", " "))).append("\n\n");
    }

    @Override public void error(StringBuilder doc, String rendered) { verbatim(doc, rendered); }
    @Override public void end(StringBuilder doc) {
        doc.append("\\end{document}\n");
        doc.insert(doc.indexOf("\\begin{document}"), LatexUnicode.declarations(doc));
    }

    private static void verbatim(StringBuilder doc, String text) {
        doc.append("\\begin{verbatim}\n").append(text).append("\n\\end{verbatim}\n\n");
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '{', '}', '#', '$', '%', '&', '_' -> sb.append('\\').append(c);
                case '^' -> sb.append("\\^{}");
                case '~' -> sb.append("\\~{}");
                case '`' -> sb.append("{`}");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
