package gd.plot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
        atomically(out, tmp -> Raster.writePng(fig, PNG_WIDTH, PNG_HEIGHT, tmp));
    }

    static void headless() {
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    interface Writer { void write(Path tmp) throws IOException; }

    /** Writes to a temporary file beside out and renames it, so a failure never leaves a half-written file. */
    static void atomically(Path out, Writer writer) throws IOException {
        Path target = out.toAbsolutePath();
        // Not createTempFile: its 0600 would pass to the user's file with the rename. A new file is created as any other; an existing one keeps its permissions.
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp");
        Files.createFile(tmp);
        if (Files.exists(target) && Files.getFileStore(tmp).supportsFileAttributeView("posix"))
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
        try {
            writer.write(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
