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
import java.util.function.DoubleUnaryOperator;

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
        assertTrue(hasColour(img, Raster.ORANGE) && hasColour(img, Raster.BLUE), "the model is orange and the target blue");
        try (var files = Files.list(dir)) { assertEquals(1, files.count(), "no temporary file left behind"); }
    }

    @Test
    void gifHasOneFramePerModelAndLoops(@TempDir Path dir) throws Exception {
        List<DoubleUnaryOperator> frames = new ArrayList<>();
        for (int i = 0; i < 5; i++) { double m = i / 2.0; frames.add(x -> m * x); }
        Path out = dir.resolve("fit.gif");
        Gif.animate(frames, x -> 2 * x, new double[]{-2, 3}, new double[]{-4, 6}, out);
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
        }
    }

    /** The rename through a temporary file must not leave the user's picture 0600 (createTempFile's mode). */
    @Test
    void picturesKeepOrdinaryPermissions(@TempDir Path dir) throws Exception {
        Path mine = dir.resolve("mine.gif"), fresh = dir.resolve("fresh.gif"), plain = dir.resolve("plain.txt");
        Files.writeString(mine, "old");
        Files.setPosixFilePermissions(mine, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        Files.createFile(plain);
        for (Path out : new Path[]{mine, fresh}) Gif.animate(List.of(x -> x), x -> 2 * x, new double[]{-2, 3}, new double[]{-4, 6}, out);
        assertEquals("rw-r-----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(mine)));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(fresh));
    }

    @Test
    void aFailedWriteLeavesNoFile(@TempDir Path dir) {
        Path out = dir.resolve("broken.gif");
        assertThrows(IllegalArgumentException.class, () -> Gif.animate(List.of(), null, new double[0], new double[0], out));
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
    private static boolean hasColour(BufferedImage img, java.awt.Color c) {
        for (int y = 0; y < img.getHeight(); y++)
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 255) - c.getRed()) + Math.abs(((rgb >> 8) & 255) - c.getGreen()) + Math.abs((rgb & 255) - c.getBlue()) < 12) return true;
            }
        return false;
    }
}
