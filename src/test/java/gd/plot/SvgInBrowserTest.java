package gd.plot;

import gd.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An SVG as a browser draws it: headless Chromium's screenshot of the fit chart shows the orange
 * model, the blue target and the dark data points where the PNG has them, so the SVG is not just
 * well-formed XML but a picture. Skipped where Chromium is not installed; under CI=true that fails.
 */
@Timeout(180)
class SvgInBrowserTest {
    @Test void chromiumDrawsTheSvgAsThePngIs(@TempDir Path dir) throws Exception {
        Chromium chromium = Chromium.require(dir);
        Chart chart = (Chart) Charts.fitChart(x -> 2 * x + 1, x -> 2 * x, new double[]{-2, 0, 3}, new double[]{-4, 1, 6});
        Path svg = dir.resolve("fit.svg");
        Pictures.write(chart, Pictures.Format.SVG, svg);
        BufferedImage shot = ImageIO.read(chromium.screenshot(svg, chart.width(), chart.height()).toFile());
        assertEquals(chart.width(), shot.getWidth());
        BufferedImage png = ImageIO.read(new java.io.ByteArrayInputStream(chart.png()));
        for (Rgb c : new Rgb[]{Painter.ORANGE, Painter.BLUE, Painter.DATA}) {
            assertTrue(PicturesTest.hasColour(png, c), "the PNG has " + c);
            assertTrue(PicturesTest.hasColour(shot, c), "the browser's picture of the SVG has " + c);
        }
        assertTrue(ink(shot, 0, 0, Painter.LEFT - 1, 30) < 0.01 && ink(shot, Painter.LEFT + 1, Painter.TOP + 1, 200, 200) > 0.02,
                "the same layout: nothing drawn in the top left corner, the plot area drawn on");
        assertFalse(ink(shot, 0, 0, shot.getWidth(), shot.getHeight()) > 0.5, "a white background, not an error page");
    }

    /** The share of pixels in the rectangle that are not white. */
    private static double ink(BufferedImage img, int x0, int y0, int w, int h) {
        int dark = 0;
        for (int y = y0; y < y0 + h; y++)
            for (int x = x0; x < x0 + w; x++) if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) dark++;
        return dark / (double) (w * h);
    }
}
