package gd.plot;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Animated GIFs through ImageIO's GIF writer: frames in one {@link Palette}, a delay and a comment
 * (the title) per frame, and the NETSCAPE2.0 block that makes it loop forever.
 */
final class GifWriter {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private GifWriter() {}

    static void write(List<Gif.Frame> frames, int w, int h, int delay, int lastDelay, Path out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out.toFile())) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            Palette palette = Palette.of(List.of(frame(frames, 0, w, h), frame(frames, frames.size() / 2, w, h),
                    frame(frames, frames.size() - 1, w, h)));
            for (int i = 0; i < frames.size(); i++) {
                gd.expr.Cancel.check();
                BufferedImage img = palette.apply(frame(frames, i, w, h));
                ImageWriteParam param = writer.getDefaultWriteParam();
                ImageTypeSpecifier type = ImageTypeSpecifier.createFromRenderedImage(img);
                IIOMetadata meta = writer.getDefaultImageMetadata(type, param);
                metadata(meta, palette, i == frames.size() - 1 ? lastDelay : delay, i == 0, frames.get(i).title());
                writer.writeToSequence(new IIOImage(img, null, meta), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    private static BufferedImage frame(List<Gif.Frame> frames, int i, int w, int h) {
        return Java2dCanvas.image(frames.get(i).drawing(), w, h);
    }

    private static void metadata(IIOMetadata meta, Palette palette, int delay, boolean first, String comment)
            throws IOException {
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(FORMAT);
        colourTable(child(root, "LocalColorTable"), palette);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delay));
        control.setAttribute("transparentColorIndex", "0");
        IIOMetadataNode text = new IIOMetadataNode("CommentExtension");
        text.setAttribute("value", comment);
        child(root, "CommentExtensions").appendChild(text);
        if (first) {
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[]{1, 0, 0});   // sub-block 1, loop count 0: forever
            child(root, "ApplicationExtensions").appendChild(app);
        }
        meta.setFromTree(FORMAT, root);
    }

    /** The frame's own palette; the default metadata would carry a generic colour cube that the pixels do not index. */
    private static void colourTable(IIOMetadataNode table, Palette palette) {
        while (table.getFirstChild() != null) table.removeChild(table.getFirstChild());
        int[] colours = palette.colours();
        table.setAttribute("sizeOfLocalColorTable", Integer.toString(colours.length));
        table.setAttribute("sortFlag", "FALSE");
        for (int i = 0; i < colours.length; i++) {
            IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
            entry.setAttribute("index", Integer.toString(i));
            entry.setAttribute("red", Integer.toString((colours[i] >> 16) & 255));
            entry.setAttribute("green", Integer.toString((colours[i] >> 8) & 255));
            entry.setAttribute("blue", Integer.toString(colours[i] & 255));
            table.appendChild(entry);
        }
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++)
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) return (IIOMetadataNode) root.item(i);
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
