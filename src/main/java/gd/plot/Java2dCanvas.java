package gd.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** A canvas over a Java2D image, antialiased, for PNG files and GIF frames. */
final class Java2dCanvas implements Canvas {
    private final Graphics2D g;

    private Java2dCanvas(Graphics2D g) { this.g = g; }

    /** The drawing on a white image of that size. */
    static BufferedImage image(Drawing d, int w, int h) {
        Pictures.headless();
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL,
                    RenderingHints.VALUE_STROKE_PURE);   // smooth lines, not pixel-snapped steps
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            d.draw(new Java2dCanvas(g), w, h);
        } finally {
            g.dispose();
        }
        return img;
    }

    private static Color awt(Rgb c) { return new Color(c.r(), c.g(), c.b(), c.alpha()); }

    private static Font font(Type t) {
        return new Font(Font.SANS_SERIF, t.bold ? Font.BOLD : Font.PLAIN, 12).deriveFont(t.size);
    }

    @Override public void fill(double x, double y, double w, double h, Rgb c) {
        g.setColor(awt(c));
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override public void frame(double x, double y, double w, double h, Rgb c) {
        g.setColor(awt(c));
        g.setStroke(new BasicStroke(1f));
        g.drawRect((int) Math.round(x), (int) Math.round(y), (int) Math.round(w), (int) Math.round(h));
    }

    @Override public void line(double x0, double y0, double x1, double y1, Rgb c, double width) {
        g.setColor(awt(c));
        g.setStroke(new BasicStroke((float) width));
        g.draw(new Line2D.Double(Math.round(x0), Math.round(y0), Math.round(x1), Math.round(y1)));
    }

    @Override public void polyline(double[] xs, double[] ys, Rgb c, double width) {
        Path2D.Double path = new Path2D.Double();
        boolean open = false;
        for (int i = 0; i < xs.length; i++) {
            if (Double.isNaN(xs[i]) || Double.isNaN(ys[i])) { open = false; continue; }
            if (open) path.lineTo(xs[i], ys[i]); else path.moveTo(xs[i], ys[i]);
            open = true;
        }
        g.setColor(awt(c));
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
    }

    @Override public void disc(double cx, double cy, double radius, Rgb c) {
        g.setColor(awt(c));
        g.fill(new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius));
    }

    @Override public void text(String s, double x, double y, Type type, Anchor anchor, Rgb c) {
        Graphics2D t = (Graphics2D) g.create();
        try {
            t.setFont(font(type));
            t.setColor(awt(c));
            t.translate(x, y);
            if (type == Type.VERTICAL) t.rotate(-Math.PI / 2);
            double w = t.getFontMetrics().getStringBounds(s, t).getWidth();
            t.drawString(s, (float) (anchor == Anchor.START ? 0 : anchor == Anchor.MIDDLE ? -w / 2 : -w), 0f);
        } finally {
            t.dispose();
        }
    }

    @Override public double width(String s, Type type) {
        return g.getFontMetrics(font(type)).getStringBounds(s, g).getWidth();
    }

    @Override public void clip(double x, double y, double w, double h) {
        g.setClip(new Rectangle2D.Double(x, y, w, h));
    }

    @Override public void unclip() { g.setClip(null); }
}
