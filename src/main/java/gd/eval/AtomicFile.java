package gd.eval;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;

/**
 * The one way gd writes a file the user named (pictures, graphs, :save): into a temporary file
 * beside it, flushed to the disk, then renamed over it, so that a failure or a crash never leaves
 * a half-written file. An existing file keeps its permissions; a read-only one is not replaced;
 * a symbolic link is written through (the file it points to is replaced, the link stays).
 * Failures are IOExceptions whose message is the plain reason ("permission denied"), never the
 * name of gd's temporary file.
 */
public final class AtomicFile {
    private AtomicFile() {}

    /** Fills a file given its path. */
    public interface Writer { void write(Path tmp) throws IOException; }

    public static void write(Path out, Writer writer) throws IOException {
        Path target = destination(out.toAbsolutePath());
        Path folder = target.getParent();
        if (Files.isDirectory(target)) throw new IOException("it is a folder");
        if (folder == null || !Files.isDirectory(folder)) throw new IOException("there is no folder " + folder);
        if (Files.exists(target) && readOnly(target)) throw new IOException("it is read-only; gd does not replace it");
        // Not createTempFile: its 0600 would pass to the user's file with the rename. A new file
        // is created as any other; an existing one keeps its permissions.
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                + System.nanoTime() + ".tmp");
        try {
            Files.createFile(tmp);
            if (Files.exists(target) && Files.getFileStore(tmp).supportsFileAttributeView("posix"))
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
            writer.write(tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) { ch.force(true); }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IOException(UserFiles.reason(e), e);
        } finally {
            try { Files.deleteIfExists(tmp); } catch (IOException ignored) { /* the failure above says what matters */ }
        }
    }

    /** Where the bytes go: the path itself, or for a symbolic link the file it points to (followed to the end). */
    private static Path destination(Path p) throws IOException {
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == 40) throw new IOException("it is a loop of symbolic links");
            p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
        }
        return p;
    }

    /**
     * No write permission for its owner. Not Files.isWritable, which is always true for root:
     * a file someone made read-only is one they meant to keep.
     */
    private static boolean readOnly(Path p) throws IOException {
        if (!Files.getFileStore(p).supportsFileAttributeView("posix")) return !Files.isWritable(p);
        return !Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS).contains(PosixFilePermission.OWNER_WRITE)
                || !Files.isWritable(p);
    }
}
