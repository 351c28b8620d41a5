package gd.plot;

import gd.eval.Picture;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;

/**
 * A loss landscape: a function of two parameters over a rectangle, in bands of equal share of
 * the area (so a steep bowl and a flat valley both show their shape), with the path a training
 * run took drawn on it. As terminal text (a character per band) or as a PNG.
 */
final class Landscape implements Picture {
    private static final int BANDS = 10;
    private static final String SHADES = " .:-=+*#%@";
    private static final int W = Pictures.PNG_WIDTH, H = Pictures.PNG_HEIGHT, LEFT = 70, RIGHT = 20, TOP = 40, BOTTOM = 50;

    private final DoubleBinaryOperator f;
    private final Scale xs, ys;
    private final String xName, yName, title;
    private final double[] pathX, pathY;

    Landscape(DoubleBinaryOperator f, Scale xs, Scale ys, String xName, String yName, String title, double[] pathX, double[] pathY) {
        this.f = f;
        this.xs = xs;
        this.ys = ys;
        this.xName = xName;
        this.yName = yName;
        this.title = title;
        this.pathX = pathX.clone();
        this.pathY = pathY.clone();
    }

    /** The function on a cols x rows grid of cell centres, row 0 at the top (the largest y). */
    private double[][] sample(int cols, int rows) {
        double[][] v = new double[rows][cols];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                double y = f.applyAsDouble(xs.at((c + 0.5) / cols), ys.at(1 - (r + 0.5) / rows));
                v[r][c] = Double.isFinite(y) ? y : Double.NaN;
            }
        return v;
    }

    /** Each value's band, 0 (lowest tenth of the area) to BANDS - 1; -1 where it is not finite. */
    private static int[][] bands(double[][] v) {
        double[] all = Arrays.stream(v).flatMapToDouble(Arrays::stream).filter(Double::isFinite).sorted().toArray();
        int[][] b = new int[v.length][v[0].length];
        for (int r = 0; r < v.length; r++)
            for (int c = 0; c < v[r].length; c++) {
                if (Double.isNaN(v[r][c]) || all.length == 0) { b[r][c] = -1; continue; }
                int rank = Arrays.binarySearch(all, v[r][c]);
                b[r][c] = (int) Math.min(BANDS - 1, (long) Math.max(0, rank) * BANDS / all.length);
            }
        return b;
    }

    @Override public String text(int width, boolean unicode) {
        int cols = Math.max(10, width - 8), rows = 20;
        int[][] b = bands(sample(cols, rows));
        char[][] grid = new char[rows][cols];
        for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) grid[r][c] = b[r][c] < 0 ? '?' : SHADES.charAt(b[r][c]);
        for (int i = 0; i < pathX.length; i++) {
            int c = (int) Math.floor(xs.fraction(pathX[i]) * cols), r = (int) Math.floor((1 - ys.fraction(pathY[i])) * rows);
            if (c >= 0 && c < cols && r >= 0 && r < rows) grid[r][c] = i == 0 ? 'S' : i == pathX.length - 1 ? 'E' : 'o';
        }
        StringBuilder sb = new StringBuilder(title).append('\n');
        for (int r = 0; r < rows; r++) {
            String label = r == 0 ? Scale.label(ys.hi()) : r == rows - 1 ? Scale.label(ys.lo()) : r == rows / 2 ? yName : "";
            sb.append(String.format("%7s", label)).append(unicode ? '│' : '|').append(grid[r]).append('\n');
        }
        sb.append(" ".repeat(7)).append(unicode ? '└' : '+').append((unicode ? "─" : "-").repeat(cols)).append('\n');
        String lo = Scale.label(xs.lo()), hi = Scale.label(xs.hi());
        int gap = Math.max(1, cols - lo.length() - hi.length() - xName.length());
        sb.append(" ".repeat(8)).append(lo).append(" ".repeat(gap / 2)).append(xName).append(" ".repeat(gap - gap / 2)).append(hi).append('\n');
        sb.append(" low ").append(SHADES.substring(1)).append(" high   S start, o path, E end");
        return sb.toString();
    }

    @Override public byte[] png() {
        Pictures.headless();
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, W, H);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            draw(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void draw(Graphics2D g) {
        int pw = W - LEFT - RIGHT, ph = H - TOP - BOTTOM, cols = pw / 4, rows = ph / 4;
        int[][] b = bands(sample(cols, rows));
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                g.setColor(b[r][c] < 0 ? Color.LIGHT_GRAY : shade(b[r][c]));
                g.fillRect(LEFT + c * pw / cols, TOP + r * ph / rows, pw / cols + 1, ph / rows + 1);
            }
        g.setColor(new Color(90, 90, 90));
        g.drawRect(LEFT, TOP, pw, ph);
        for (double t : Ticks.of(xs, 8)) {
            int x = (int) Math.round(LEFT + xs.fraction(t) * pw);
            g.drawString(Scale.label(t), x - g.getFontMetrics().stringWidth(Scale.label(t)) / 2, H - BOTTOM + 16);
        }
        for (double t : Ticks.of(ys, 6)) {
            int y = (int) Math.round(TOP + (1 - ys.fraction(t)) * ph);
            g.drawString(Scale.label(t), LEFT - 6 - g.getFontMetrics().stringWidth(Scale.label(t)), y + 4);
        }
        g.drawString(xName, (W - g.getFontMetrics().stringWidth(xName)) / 2, H - 14);
        g.drawString(yName, 14, TOP + ph / 2);
        path(g, pw, ph);
        g.setColor(Color.BLACK);
        g.setFont(g.getFont().deriveFont(Font.BOLD, 14f));
        g.drawString(title, (W - g.getFontMetrics().stringWidth(title)) / 2, 24);
    }

    private void path(Graphics2D g, int pw, int ph) {
        if (pathX.length == 0) return;
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < pathX.length; i++) {
            double x = LEFT + xs.fraction(pathX[i]) * pw, y = TOP + (1 - ys.fraction(pathY[i])) * ph;
            if (i == 0) p.moveTo(x, y); else p.lineTo(x, y);
        }
        g.setClip(LEFT, TOP, pw, ph);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(Color.WHITE);
        g.draw(p);
        for (int i = 0; i < pathX.length; i++) {
            double x = LEFT + xs.fraction(pathX[i]) * pw, y = TOP + (1 - ys.fraction(pathY[i])) * ph;
            boolean end = i == 0 || i == pathX.length - 1;
            double rad = end ? 6 : 3;
            g.setColor(i == 0 ? new Color(44, 160, 44) : i == pathX.length - 1 ? new Color(214, 39, 40) : Color.WHITE);
            g.fill(new Ellipse2D.Double(x - rad, y - rad, 2 * rad, 2 * rad));
        }
        g.setClip(null);
    }

    /** Low bands dark blue, high ones pale yellow (viridis-like, readable in grey too). */
    private static Color shade(int band) {
        float t = band / (float) (BANDS - 1);
        return new Color(Math.round(40 + 210 * t), Math.round(30 + 200 * t), Math.round(110 + 30 * (1 - t) * t * 4 - 50 * t));
    }
}
