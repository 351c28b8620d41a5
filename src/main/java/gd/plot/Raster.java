package gd.plot;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Draws a {@link Figure} with Java2D: the one place for the look of pictures (axes, ticks,
 * colours, lines, legend), shared by PNG files and GIF frames. The seed's colours: the target
 * blue, the model orange, the data dark grey.
 */
final class Raster {
    static final Color BLUE = new Color(31, 119, 180), ORANGE = new Color(255, 127, 14), DATA = new Color(40, 40, 40);
    private static final Color[] PALETTE = {BLUE, ORANGE, new Color(44, 160, 44), new Color(214, 39, 40), new Color(148, 103, 189)};
    private static final Color GRID = new Color(225, 225, 225), AXIS = new Color(90, 90, 90);
    private static final int LEFT = 70, RIGHT = 20, TOP = 40, BOTTOM = 50;

    private final Figure fig;
    private final Scale xs, ys;
    private final Graphics2D g;
    private final int w, h;

    private Raster(Figure fig, Graphics2D g, int w, int h) {
        this.fig = fig;
        this.xs = fig.xScale();
        this.ys = fig.yScale();
        this.g = g;
        this.w = w;
        this.h = h;
    }

    static void writePng(Figure fig, int w, int h, Path out) throws IOException {
        // Into the file as it is: ImageIO.write(File) deletes and recreates it, losing the permissions AtomicFile gave it.
        try (java.io.OutputStream os = java.nio.file.Files.newOutputStream(out)) {
            if (!ImageIO.write(image(fig, w, h), "png", os)) throw new IOException("no PNG writer in this Java");
        }
    }

    static BufferedImage image(Figure fig, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);   // smooth lines, not pixel-snapped steps
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            if (!fig.isEmpty()) new Raster(fig, g, w, h).draw();
        } finally {
            g.dispose();
        }
        return img;
    }

    private double px(double x) { return LEFT + clamp(xs.fraction(x)) * (w - LEFT - RIGHT); }
    private double py(double y) { return h - BOTTOM - clamp(ys.fraction(y)) * (h - TOP - BOTTOM); }
    private static double clamp(double f) { return Math.max(-1, Math.min(2, f)); }

    private void draw() {
        axes();
        g.setClip(LEFT, TOP, w - LEFT - RIGHT + 1, h - TOP - BOTTOM + 1);
        List<Figure.Series> all = fig.series();
        for (int i = all.size() - 1; i >= 0; i--)    // backwards, so the first series (the model) ends on top, as in the terminal
            if (!all.get(i).points()) line(all.get(i), colour(all.get(i), lineIndex(i)));
        g.setClip(null);          // points on the frame are drawn whole, not cut in half
        for (Figure.Series s : all) if (s.points()) points(s);
        legend();
        g.setColor(Color.BLACK);
        g.setFont(g.getFont().deriveFont(Font.BOLD, 14f));
        g.drawString(fig.title(), (w - g.getFontMetrics().stringWidth(fig.title())) / 2, 24);
    }

    private int lineIndex(int i) {
        int k = 0;
        for (int j = 0; j < i; j++) if (!fig.series().get(j).points()) k++;
        return k;
    }

    private static Color colour(Figure.Series s, int lineIndex) {
        if (s.role() == Figure.Role.TARGET) return BLUE;
        if (s.role() == Figure.Role.MODEL) return ORANGE;
        return PALETTE[lineIndex % PALETTE.length];
    }

    private void axes() {
        for (double t : Ticks.of(ys, 6)) {
            int y = (int) Math.round(py(t));
            g.setColor(GRID);
            g.drawLine(LEFT, y, w - RIGHT, y);
            g.setColor(AXIS);
            String s = Scale.label(t);
            g.drawString(s, LEFT - 6 - g.getFontMetrics().stringWidth(s), y + 4);
        }
        for (double t : Ticks.of(xs, 8)) {
            int x = (int) Math.round(px(t));
            g.setColor(GRID);
            g.drawLine(x, TOP, x, h - BOTTOM);
            g.setColor(AXIS);
            String s = Scale.label(t);
            g.drawString(s, x - g.getFontMetrics().stringWidth(s) / 2, h - BOTTOM + 16);
        }
        g.setColor(AXIS);
        g.drawRect(LEFT, TOP, w - LEFT - RIGHT, h - TOP - BOTTOM);
        String label = fig.xLabel() + (fig.isLogY() ? "   (y on a log scale)" : "");
        g.drawString(label, (w - g.getFontMetrics().stringWidth(label)) / 2, h - 14);
        if (!fig.yLabel().isEmpty()) {
            Graphics2D r = (Graphics2D) g.create();
            r.rotate(-Math.PI / 2);
            r.drawString(fig.yLabel(), -(TOP + (h - TOP - BOTTOM) / 2) - r.getFontMetrics().stringWidth(fig.yLabel()) / 2, 16);
            r.dispose();
        }
    }

    private void line(Figure.Series s, Color c) {
        Path2D.Double path = new Path2D.Double();
        boolean open = false;
        for (int i = 0; i < s.xs().length; i++) {
            if (Double.isNaN(xs.fraction(s.xs()[i])) || Double.isNaN(ys.fraction(s.ys()[i]))) { open = false; continue; }
            double x = px(s.xs()[i]), y = py(s.ys()[i]);
            if (open) path.lineTo(x, y); else path.moveTo(x, y);
            open = true;
        }
        g.setColor(c);
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
    }

    private void points(Figure.Series s) {
        g.setColor(DATA);
        for (int i = 0; i < s.xs().length; i++) {
            double fx = xs.fraction(s.xs()[i]), fy = ys.fraction(s.ys()[i]);
            if (!(fx >= 0 && fx <= 1 && fy >= 0 && fy <= 1)) continue;
            g.fill(new Ellipse2D.Double(px(s.xs()[i]) - 4, py(s.ys()[i]) - 4, 8, 8));
        }
    }

    /** The corner of the plot area whose legend box would hide the fewest drawn points. */
    private int[] emptiestCorner(int boxW, int boxH) {
        int[][] corners = {{w - RIGHT - boxW - 8, TOP + 8}, {LEFT + 8, TOP + 8}, {w - RIGHT - boxW - 8, h - BOTTOM - boxH - 8}, {LEFT + 8, h - BOTTOM - boxH - 8}};
        int[] best = corners[0];
        long fewest = Long.MAX_VALUE;
        for (int[] c : corners) {
            long hidden = 0;
            for (Figure.Series s : fig.series())
                for (int i = 0; i < s.xs().length; i++) {
                    double x = px(s.xs()[i]), y = py(s.ys()[i]);
                    if (x >= c[0] - 6 && x <= c[0] + boxW + 6 && y >= c[1] - 6 && y <= c[1] + boxH + 6) hidden += s.points() ? 50 : 1;
                }
            if (hidden < fewest) { fewest = hidden; best = c; }
        }
        return best;
    }

    private void legend() {
        List<Figure.Series> named = fig.series().stream().filter(s -> !s.name().isEmpty()).toList();
        if (named.size() < 2) return;
        g.setFont(g.getFont().deriveFont(Font.PLAIN, 12f));
        int boxW = 30 + named.stream().mapToInt(s -> g.getFontMetrics().stringWidth(s.name())).max().orElse(0) + 10;
        int boxH = named.size() * 18 + 6, line = 0;
        int[] corner = emptiestCorner(boxW, boxH);
        int x = corner[0], y = corner[1];
        g.setColor(new Color(255, 255, 255, 220));
        g.fillRect(x, y, boxW, boxH);
        g.setColor(GRID);
        g.drawRect(x, y, boxW, boxH);
        for (int i = 0; i < named.size(); i++) {
            Figure.Series s = named.get(i);
            int cy = y + 14 + i * 18;
            if (s.points()) { g.setColor(DATA); g.fill(new Ellipse2D.Double(x + 11, cy - 8, 8, 8)); }
            else { g.setColor(colour(s, line++)); g.drawLine(x + 6, cy - 4, x + 24, cy - 4); }
            g.setColor(Color.BLACK);
            g.drawString(s.name(), x + 30, cy);
        }
    }
}
