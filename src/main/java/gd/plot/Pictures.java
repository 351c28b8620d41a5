package gd.plot;

import gd.eval.AtomicFile;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writing pictures to files. Its signatures name no AWT type, so a session that never asks for
 * a picture never loads AWT (start-up stays fast); it also turns headless mode on before AWT's
 * first class initializes, so no display is needed.
 */
public final class Pictures {
    static final int PNG_WIDTH = 720, PNG_HEIGHT = 450;

    private Pictures() {}

    /** Writes the figure as a PNG image. */
    public static void png(Figure fig, Path out) throws IOException {
        headless();
        AtomicFile.write(out, tmp -> Raster.writePng(fig, PNG_WIDTH, PNG_HEIGHT, tmp));
    }

    static void headless() {
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }
}
