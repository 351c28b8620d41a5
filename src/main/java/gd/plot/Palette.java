package gd.plot;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One palette of at most 256 colours for a whole animation, taken from a few of its frames (the
 * most frequent colours: the flat fills, lines and dots come first, antialiased edges after), and
 * each frame mapped onto it. ImageIO's GIF writer would otherwise build a palette per frame,
 * which is most of an animation's cost; here a frame costs a lookup per pixel.
 */
final class Palette {
    static final int SIZE = 256;
    private final int[] colours;
    private final IndexColorModel model;
    private final Map<Integer, Byte> index = new HashMap<>();

    private Palette(int[] colours) {
        this.colours = colours;
        byte[] r = new byte[colours.length], g = new byte[colours.length], b = new byte[colours.length];
        for (int i = 0; i < colours.length; i++) {
            r[i] = (byte) (colours[i] >> 16);
            g[i] = (byte) (colours[i] >> 8);
            b[i] = (byte) colours[i];
        }
        model = new IndexColorModel(8, colours.length, r, g, b);
    }

    /** The 256 most frequent colours of the sample frames. */
    static Palette of(List<BufferedImage> samples) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (BufferedImage img : samples) {
            int[] pixels = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
            for (int i = 0, run; i < pixels.length; i += run) {    // by runs of one colour: most of a chart is flat
                run = 1;
                while (i + run < pixels.length && pixels[i + run] == pixels[i]) run++;
                counts.merge(pixels[i] & 0xFFFFFF, run, Integer::sum);
            }
        }
        int[] top = counts.entrySet().stream().sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed())
                .limit(256).mapToInt(Map.Entry::getKey).toArray();
        // A GIF's colour table has a power of two entries: black pads it.
        return new Palette(java.util.Arrays.copyOf(top, SIZE));
    }

    /** The colours, each as 0xRRGGBB, SIZE of them. */
    int[] colours() { return colours.clone(); }

    /** The frame in this palette, each pixel its nearest colour. */
    BufferedImage apply(BufferedImage rgb) {
        int w = rgb.getWidth(), h = rgb.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, model);
        byte[] data = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int[] pixels = rgb.getRGB(0, 0, w, h, null, 0, w);
        int last = ~pixels[0];
        byte at = 0;
        for (int i = 0; i < pixels.length; i++) {
            if (pixels[i] != last) {             // a lookup per run of one colour, not per pixel
                last = pixels[i];
                at = index.computeIfAbsent(last & 0xFFFFFF, this::nearest);
            }
            data[i] = at;
        }
        return out;
    }

    private byte nearest(int rgb) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < colours.length; i++) {
            int dr = ((rgb >> 16) & 255) - ((colours[i] >> 16) & 255);
            int dg = ((rgb >> 8) & 255) - ((colours[i] >> 8) & 255);
            int db = (rgb & 255) - (colours[i] & 255);
            long d = 3L * dr * dr + 4L * dg * dg + 2L * db * db;      // green counts most, blue least, as eyes do
            if (d < bestDistance) { bestDistance = d; best = i; }
        }
        return (byte) best;
    }
}
