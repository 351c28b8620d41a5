package gd.plot;

import gd.eval.AtomicFile;
import gd.eval.Picture;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The back ends: a {@link Drawing} as PNG bytes (Java2D) or SVG text, and a picture written to
 * the file the user named, in the format its name ends in. Its public signatures name no AWT
 * type, so a session that never asks for an image never loads AWT (start-up stays fast); it also
 * turns headless mode on before AWT's first class initializes, so no display is needed.
 */
public final class Pictures {
    static final int PNG_WIDTH = 720, PNG_HEIGHT = 450;

    /** The formats a picture can be written in, by the file name's ending. */
    public enum Format {
        PNG, SVG;

        /** The format a file name asks for, or null for any other ending. */
        public static Format of(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            return n.endsWith(".png") ? PNG : n.endsWith(".svg") ? SVG : null;
        }
    }

    private Pictures() {}

    /** Writes the figure as a PNG image. */
    public static void png(Figure fig, Path out) throws IOException {
        write(new Chart(n -> fig, 1, false), Format.PNG, out);
    }

    /** Writes the picture in the format, through a temporary file renamed over the target. */
    public static void write(Picture p, Format format, Path out) throws IOException {
        byte[] bytes = format == Format.PNG ? p.png() : p.svg().getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(out, tmp -> Files.write(tmp, bytes));
    }

    /** "720x450 PNG": what a message about a written picture says it was. */
    public static String describe(Picture p, Format format) {
        return p.width() + "x" + p.height() + " " + format;
    }

    static byte[] png(Drawing d, int w, int h) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(Java2dCanvas.image(d, w, h), "png", bytes))
                throw new IOException("no PNG writer in this Java");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String svg(Drawing d, int w, int h, String title) {
        SvgCanvas c = new SvgCanvas(w, h, title);
        d.draw(c, w, h);
        return c.finish();
    }

    static void headless() {
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }
}
