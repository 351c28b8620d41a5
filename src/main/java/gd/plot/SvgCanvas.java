package gd.plot;

/**
 * A canvas that writes SVG 1.1 text: rectangles, paths, circles and text elements in drawing
 * order, a named part as a group with that class (so a test or a stylesheet can find the data
 * points), clipping as a clipPath. Text widths are estimated from the characters, as no font is
 * at hand; the viewer's sans-serif is close enough for placing a legend box.
 */
final class SvgCanvas implements Canvas {
    private final StringBuilder sb = new StringBuilder();
    private int clips;

    SvgCanvas(int w, int h, String title) {
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
          .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(w).append("\" height=\"").append(h)
          .append("\" viewBox=\"0 0 ").append(w).append(' ').append(h).append("\" font-family=\"DejaVu Sans, "
                  + "Helvetica, Arial, sans-serif\">\n")
          .append("<title>").append(escape(title)).append("</title>\n");
    }

    /** The document, closed. */
    String finish() { return sb + "</svg>\n"; }

    @Override public void fill(double x, double y, double rw, double rh, Rgb c) {
        sb.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(rw)).append("\" height=\"").append(n(rh))
          .append("\" fill=\"").append(c.hex()).append('"').append(opacity("fill-opacity", c)).append("/>\n");
    }

    @Override public void frame(double x, double y, double rw, double rh, Rgb c) {
        sb.append("<rect x=\"").append(n(x + 0.5)).append("\" y=\"").append(n(y
                + 0.5)).append("\" width=\"").append(n(rw)).append("\" height=\"").append(n(rh))
          .append("\" fill=\"none\" stroke=\"").append(c.hex()).append("\" stroke-width=\"1\"/>\n");
    }

    @Override public void line(double x0, double y0, double x1, double y1, Rgb c, double width) {
        sb.append("<line x1=\"").append(n(x0 + 0.5)).append("\" y1=\"").append(n(y0
                + 0.5)).append("\" x2=\"").append(n(x1 + 0.5)).append("\" y2=\"").append(n(y1 + 0.5))
          .append("\" stroke=\"").append(c.hex()).append("\" stroke-width=\"").append(n(width)).append("\"/>\n");
    }

    @Override public void polyline(double[] xs, double[] ys, Rgb c, double width) {
        StringBuilder d = new StringBuilder();
        boolean open = false;
        for (int i = 0; i < xs.length; i++) {
            if (Double.isNaN(xs[i]) || Double.isNaN(ys[i])) { open = false; continue; }
            d.append(open ? 'L' : 'M').append(n(xs[i])).append(',').append(n(ys[i]));
            open = true;
        }
        if (d.length() == 0) return;
        sb.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(c.hex()).append("\" stroke-width=\"").append(n(width))
          .append("\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>\n");
    }

    @Override public void disc(double cx, double cy, double radius, Rgb c) {
        sb.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(radius))
          .append("\" fill=\"").append(c.hex()).append("\"/>\n");
    }

    @Override public void text(String s, double x, double y, Type type, Anchor anchor, Rgb c) {
        sb.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append('"');
        if (type == Type.VERTICAL)
            sb.append(" transform=\"rotate(-90 ").append(n(x)).append(' ').append(n(y)).append(")\"");
        sb.append(" font-size=\"").append(n(type.size)).append('"').append(type.bold ? " font-weight=\"bold\"" : "")
          .append(anchor == Anchor.START ? "" : anchor == Anchor.MIDDLE ? " text-anchor=\"middle\""
                  : " text-anchor=\"end\"")
          .append(" fill=\"").append(c.hex()).append("\">").append(escape(s)).append("</text>\n");
    }

    /** Per-character widths of a typical sans-serif, in ems. */
    @Override public double width(String s, Type type) {
        double em = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            em += "il.,:;'|!()[] ".indexOf(ch) >= 0 ? 0.3 : "mwMW".indexOf(ch) >= 0 ? 0.85 : Character.isUpperCase(ch)
                    ? 0.68 : 0.56;
        }
        return em * type.size * (type.bold ? 1.06 : 1);
    }

    @Override public void clip(double x, double y, double cw, double ch) {
        clips++;
        sb.append("<clipPath id=\"gd-clip-").append(clips).append("\"><rect x=\"").append(n(x)).append("\" y=\"").append(n(y))
          .append("\" width=\"").append(n(cw)).append("\" height=\"").append(n(ch)).append("\"/></clipPath>\n")
          .append("<g clip-path=\"url(#gd-clip-").append(clips).append(")\">\n");
    }

    @Override public void unclip() { sb.append("</g>\n"); }

    @Override public void begin(String part) { sb.append("<g class=\"").append(escape(part)).append("\">\n"); }

    @Override public void end() { sb.append("</g>\n"); }

    private static String opacity(String attr, Rgb c) {
        return c.alpha() == 255 ? "" : " " + attr + "=\"" + n(c.alpha() / 255.0) + "\"";
    }

    /** A coordinate with at most two decimals, no exponent (SVG's number grammar has one, but short is better). */
    static String n(double v) {
        long hundredths = Math.round(v * 100);
        String sign = hundredths < 0 ? "-" : "";
        long a = Math.abs(hundredths), whole = a / 100, frac = a % 100;
        return sign + whole + (frac == 0 ? "" : frac % 10 == 0 ? "." + frac / 10 : frac < 10 ? ".0" + frac
                : "." + frac);
    }

    /** Text as XML character data: the five special characters, and control characters (not allowed in XML 1.0) as spaces. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(allowed(s, i) ? c : ' ');
            }
        }
        return out.toString();
    }

    /** XML 1.0 forbids most control characters, U+FFFE, U+FFFF and a surrogate without its pair. */
    private static boolean allowed(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
        if (c == 0xFFFE || c == 0xFFFF) return false;
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        return true;
    }
}
