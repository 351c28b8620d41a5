package gd.handout;

/**
 * A self-contained HTML page: KaTeX (bundled from its webjar, fonts inlined) renders the math
 * without a network, code and output are preformatted, checks are green ✓ or red ✗ lines.
 */
final class Html implements Format {
    private static final String STYLE = "body{font-family:Georgia,serif;max-width:52rem;margin:2rem auto;padding:0 "
            + "1rem;line-height:1.5;color:#222}"
            + "pre{background:#f6f8fa;padding:.6rem .8rem;border-radius:4px;overflow-x:auto;font-size:.9rem}"
            + "pre.code{border-left:3px solid #1f77b4}pre.out{background:#fff;border:1px solid #e1e4e8}"
            + "pre.error{background:#fff5f5;border:1px solid #f3b5b5;color:#8b0000}"
            + ".math{margin:.8rem 0;overflow-x:auto}.check{font-family:monospace;margin:.3rem 0}"
            + ".pass{color:#22863a}.fail{color:#b31d28}img{max-width:100%}h1,h2{font-family:Helvetica,Arial,sans-serif}";

    @Override public String extension() { return "html"; }

    @Override public void begin(StringBuilder doc, String title) {
        doc.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(title)).append("</title>\n")
           .append("<style>").append(Katex.css()).append("</style>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
           .append("<h1>").append(escape(title)).append("</h1>\n");
    }

    @Override public void heading(StringBuilder doc, String text) {
        doc.append("<h2>").append(inline(text)).append("</h2>\n");
    }
    @Override public void paragraph(StringBuilder doc, String text) {
        doc.append("<p>").append(inline(text)).append("</p>\n");
    }
    @Override public void code(StringBuilder doc, String code) {
        doc.append("<pre class=\"code\">").append(escape(code)).append("</pre>\n");
    }
    @Override public void output(StringBuilder doc, String text) {
        doc.append("<pre class=\"out\">").append(escape(text)).append("</pre>\n");
    }
    @Override public void math(StringBuilder doc, String latex) {
        doc.append("<div class=\"math\">").append(escape(latex)).append("</div>\n");
    }

    @Override public void image(StringBuilder doc, String file, String caption) {
        doc.append("<p><img src=\"").append(escape(file)).append("\" alt=\"").append(escape(caption)).append("\"></p>\n");
    }

    @Override public void check(StringBuilder doc, String code, boolean passed, String message) {
        doc.append("<div class=\"check ").append(passed ? "pass\">✓ " : "fail\">✗ ").append(escape(code))
           .append(passed ? "" : "<br>" + escape(message).replace("\n", "<br>")).append("</div>\n");
    }

    @Override public void error(StringBuilder doc, String rendered) {
        doc.append("<pre class=\"error\">").append(escape(rendered)).append("</pre>\n");
    }

    @Override public void end(StringBuilder doc) {
        doc.append("<script>").append(Katex.js()).append("</script>\n")
           .append("<script>document.querySelectorAll('.math').forEach(function(e){katex.render(e.textContent,e,{displayMode:true,throwOnError:false});});</script>\n")
           .append("</body>\n</html>\n");
    }

    /** Prose: `code` in backticks as code, the rest as text. */
    private static String inline(String text) {
        String[] parts = text.split("`", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            boolean code = i % 2 == 1 && i < parts.length - 1;
            sb.append(code ? "<code>" + escape(parts[i]) + "</code>" : escape(parts[i]) + (i % 2 == 1 ? "`" : ""));
        }
        return sb.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
