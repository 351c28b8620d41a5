package gd.plot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PicturesTest {

    @Test
    void pngIsAReadableImageOfTheExpectedSize(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("fit.png");
        Pictures.png(Charts.fitFigure(x -> 2 * x + 1, x -> 2 * x, new double[]{-2, 3}, new double[]{-4, 6}, 400), out);
        BufferedImage img = ImageIO.read(out.toFile());
        assertNotNull(img);
        assertEquals(Pictures.PNG_WIDTH, img.getWidth());
        assertEquals(Pictures.PNG_HEIGHT, img.getHeight());
        assertTrue(hasColour(img, Painter.ORANGE) && hasColour(img, Painter.BLUE), "the model is orange and the target blue");
        try (var files = Files.list(dir)) { assertEquals(1, files.count(), "no temporary file left behind"); }
    }

    @Test
    void gifHasOneFramePerModelAndLoops(@TempDir Path dir) throws Exception {
        List<Gif.Step> frames = new ArrayList<>();
        for (int i = 0; i < 5; i++) { double m = i / 2.0; frames.add(new Gif.Step(i * 10, 4 - m, x -> m * x)); }
        Path out = dir.resolve("fit.gif");
        Gif.animate(frames, 40, x -> 2 * x, new double[]{-2, 3}, new double[]{-4, 6}, out);
        try (ImageInputStream in = ImageIO.createImageInputStream(out.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(5, reader.getNumImages(true));
            assertEquals(Gif.WIDTH, reader.getWidth(0));
            assertEquals(Gif.HEIGHT, reader.getHeight(4));
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
            assertEquals(Integer.toString(Gif.DELAY), control.getAttribute("delayTime"));
            IIOMetadataNode app = (IIOMetadataNode) root.getElementsByTagName("ApplicationExtension").item(0);
            assertEquals("NETSCAPE", app.getAttribute("applicationID"));
            BufferedImage last = reader.read(4);
            assertEquals(0xFFFFFF, last.getRGB(0, 0) & 0xFFFFFF, "a white background: the frame's colour table is the one its pixels index");
            assertTrue(hasColour(last, Painter.ORANGE) && hasColour(last, Painter.BLUE) && hasColour(last, Painter.DATA), "model, target and data in their colours");
            for (int i = 0; i < 5; i++)
                assertEquals("gradient descent: step " + i * 10 + " of 40, loss " + Scale.label(4 - i / 2.0), comment(reader, i), "frame " + i + " titled with its step and loss");
        }
    }

    /** A GIF frame's comment, where gd writes the frame's title. */
    static String comment(ImageReader reader, int frame) throws java.io.IOException {
        IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(frame).getAsTree("javax_imageio_gif_image_1.0");
        IIOMetadataNode c = (IIOMetadataNode) root.getElementsByTagName("CommentExtension").item(0);
        return c == null ? null : c.getAttribute("value");
    }

    @Test
    void contourWritesTheDescentAsAGifWhosePathGrows(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("descent.gif");
        gd.GdRun r = gd.GdRun.exprs("params m b\nloss = (m - 2)**2 + (b + 1)**2\nrun = train(loss, lr=0.2, steps=12, chart=false)\n"
                + "contour(loss, m, b, run=run, to=\"" + out + "\")");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().endsWith("wrote " + out + " (13 frames)\n"), r.out());
        try (ImageInputStream in = ImageIO.createImageInputStream(out.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(13, reader.getNumImages(true));
            assertEquals("loss landscape of m and b: step 0 of 12, loss 5", comment(reader, 0));
            // Each step takes 0.4 of the way to (2, -1), so the loss is 5 * 0.36**k.
            assertEquals("loss landscape of m and b: step 12 of 12, loss " + Scale.label(5 * Math.pow(0.36, 12)), comment(reader, 12));
            assertTrue(hasColour(reader.read(0), Landscape.START) && !hasColour(reader.read(0), Landscape.END), "the first frame: the start alone");
            assertTrue(hasColour(reader.read(12), Landscape.END), "the last frame: the path to its end");
            assertEquals(0xFFFFFF, reader.read(12).getRGB(0, 0) & 0xFFFFFF, "a white margin");
        }
        gd.GdRun noRun = gd.GdRun.exprs("params m b\ncontour(m*b, m, b, to=\"" + dir.resolve("x.gif") + "\")");
        assertTrue(noRun.err().contains("a GIF shows the descent of a run"), noRun.err());
        assertTrue(gd.GdRun.exprs("params m b\ncontour(m*b, m, b, to=\"x.jpg\")").err().contains("PNG, SVG or GIF"));
    }

    @Test
    void theRunPictureStacksTheFitOverTheLoss(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("run.png");
        gd.eval.Picture run = Charts.runChart(List.of(9.0, 3.0, 1.0), x -> 2 * x + 1, x -> 2 * x, new double[]{-2, 3}, new double[]{-4, 6});
        Pictures.write(run, Pictures.Format.PNG, out);
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(Pictures.PNG_WIDTH, img.getWidth());
        assertEquals(Pictures.PNG_HEIGHT + Charts.RUN_LOSS_HEIGHT, img.getHeight());
        assertTrue(hasColour(img.getSubimage(0, 0, img.getWidth(), Pictures.PNG_HEIGHT), Painter.ORANGE), "the fit above");
        BufferedImage below = img.getSubimage(0, Pictures.PNG_HEIGHT, img.getWidth(), Charts.RUN_LOSS_HEIGHT);
        assertTrue(hasColour(below, Painter.BLUE) && !hasColour(below, Painter.ORANGE), "the loss curve (one blue line) below");
        assertEquals(Pictures.PNG_HEIGHT, ImageIO.read(new java.io.ByteArrayInputStream(Charts.runChart(List.of(1.0, 0.5), null, null, new double[0], new double[0]).png())).getHeight(),
                "without a model, the loss curve alone");
    }

    /** The rename through a temporary file must not leave the user's picture 0600 (createTempFile's mode). */
    @Test
    void picturesKeepOrdinaryPermissions(@TempDir Path dir) throws Exception {
        Path mine = dir.resolve("mine.gif"), fresh = dir.resolve("fresh.gif"), plain = dir.resolve("plain.txt");
        Files.writeString(mine, "old");
        Files.setPosixFilePermissions(mine, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        Files.createFile(plain);
        for (Path out : new Path[]{mine, fresh}) Gif.animate(List.of(new Gif.Step(0, 1, x -> x)), 0, x -> 2 * x, new double[]{-2, 3}, new double[]{-4, 6}, out);
        assertEquals("rw-r-----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(mine)));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(fresh));
    }

    @Test
    void aFailedWriteLeavesNoFile(@TempDir Path dir) {
        Path out = dir.resolve("broken.gif");
        assertThrows(IllegalArgumentException.class, () -> Gif.animate(List.of(), 0, null, new double[0], new double[0], out));
        assertTrue(Files.notExists(out));
    }

    @Test
    void lossPngUsesALogAxis(@TempDir Path dir) throws Exception {
        List<Double> losses = new ArrayList<>();
        for (int i = 0; i < 100; i++) losses.add(50 * Math.pow(0.85, i));
        Path out = dir.resolve("loss.png");
        Pictures.png(Charts.lossFigure(losses), out);
        assertEquals(Pictures.PNG_WIDTH, ImageIO.read(out.toFile()).getWidth());
    }

    /** Whether some pixel is close to the colour (antialiasing blends the edges). */
    static boolean hasColour(BufferedImage img, Rgb c) {
        for (int y = 0; y < img.getHeight(); y++)
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 255) - c.r()) + Math.abs(((rgb >> 8) & 255) - c.g()) + Math.abs((rgb & 255) - c.b()) < 12) return true;
            }
        return false;
    }
}
