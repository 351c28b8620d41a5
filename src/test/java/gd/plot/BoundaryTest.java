package gd.plot;

import gd.GdRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** boundary(score, u, v, data): the regions on the right side of the score's sign, in text and in a PNG, and its errors. */
class BoundaryTest {
    /** The score u - v with the parameter w at its value: above 0 below the diagonal. Points on both sides, labelled by side. */
    private static final String SETUP = "params u v\nparams w=1\ndata = [[-1, 1, -1], [1, -1, 1], [0.5, -0.5, 1], [-0.5, 0.5, -1]]\n";

    @Test
    void theTextChartShowsTheSideAboveZeroAndThePointsByLabel() {
        GdRun r = GdRun.exprs(SETUP + "boundary(w*u - v, u, v, data)");
        String[] lines = r.out().split("\n");
        assertEquals("decision boundary: where the score is above 0, and the points", lines[0], r.out() + r.err());
        String top = lines[1].substring(8), bottom = lines[20].substring(8);
        assertTrue(top.startsWith("   ") && top.endsWith("··"), "top row: left (u < v) blank, right (u > v) marked:\n" + r.out());
        assertTrue(bottom.chars().filter(c -> c == '·').count() > 60, "bottom row: u > v nearly all along:\n" + r.out());
        String grid = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, 21));
        assertEquals(2, grid.chars().filter(c -> c == '+').count(), "the two points labelled 1:\n" + r.out());
        assertEquals(2, grid.chars().filter(c -> c == 'o').count(), "the two labelled -1:\n" + r.out());
    }

    @Test
    void aPngHasBothRegionsAndThePoints(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("b.png");
        GdRun r = GdRun.exprs(SETUP + "boundary(w*u - v, u, v, data, to=\"" + png + "\")");
        assertEquals("wrote " + png + " (720x450 PNG)", r.text(), r.err());
        BufferedImage img = ImageIO.read(png.toFile());
        int left = Painter.LEFT, top = Painter.TOP, right = img.getWidth() - Painter.RIGHT, bottom = img.getHeight() - Painter.BOTTOM;
        assertEquals(rgb(250, 208, 180), img.getRGB(left + 10, top + 10) & 0xFFFFFF, "top left: u < v, the score at or below 0");
        assertEquals(rgb(190, 210, 240), img.getRGB(right - 10, bottom - 10) & 0xFFFFFF, "bottom right: the score above 0");
    }

    @Test
    void badArgumentsSaySo() {
        assertTrue(GdRun.exprs(SETUP + "boundary(u - v, u, u, data)").err().contains("two different input symbols"));
        assertTrue(GdRun.exprs(SETUP + "boundary(u - v, u, v, [[1, 2]])").err().contains("rows [x1, x2, label] of numbers"));
        assertTrue(GdRun.exprs(SETUP + "boundary(u - v, u, v, data, to=\"b.txt\")").err().contains("names the PNG or SVG file"));
    }

    private static int rgb(int r, int g, int b) { return (r << 16) | (g << 8) | b; }
}
