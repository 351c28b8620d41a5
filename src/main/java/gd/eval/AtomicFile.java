package gd.eval;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The one way gd writes a file the user named (pictures, graphs, :save): into a temporary file
 * beside it, renamed over it at the end, so that a failure never leaves a half-written file.
 */
public final class AtomicFile {
    private AtomicFile() {}

    /** Fills a file given its path. */
    public interface Writer { void write(Path tmp) throws IOException; }

    public static void write(Path out, Writer writer) throws IOException {
        Path target = out.toAbsolutePath();
        // Not createTempFile: its 0600 would pass to the user's file with the rename. A new file
        // is created as any other; an existing one keeps its permissions.
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp");
        Files.createFile(tmp);
        try {
            if (Files.exists(target) && Files.getFileStore(tmp).supportsFileAttributeView("posix"))
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
            writer.write(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
