package gd.repl;

import org.jline.reader.impl.history.DefaultHistory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * JLine's file history, made safe for several gd sessions at once. DefaultHistory appends each
 * new line (safe on its own), but now and then trims the file by reading it, writing a copy and
 * renaming it over the original: a session appending in between would lose its lines, and a
 * reader could meet a half-written line. Every read and write of the file here holds an OS
 * lock on a sidecar file, so those steps never interleave; a history file that cannot be read
 * is set aside and gd starts with an empty history instead of failing.
 */
final class LockedHistory extends DefaultHistory {
    /** One JVM may run several REPLs (tests); FileChannel.lock refuses a second lock in the same JVM. */
    private static final Object IN_PROCESS = new Object();
    private final Path file, lockFile;
    private String failure;

    /** A history kept in file; with a file that cannot hold one (null, a folder, "/"), an in-memory history and a note saying so. */
    LockedHistory(Path file) {
        boolean usable = file != null && file.getFileName() != null && !Files.isDirectory(file);
        this.file = usable ? file : null;
        this.lockFile = usable ? file.resolveSibling(file.getFileName() + ".lock") : null;
        if (!usable)
            failure = "gd: cannot keep the history in "
                    + (file == null ? "the file GD_HISTORY names (this system cannot name it)"
                : file + " (it is a folder); set GD_HISTORY to a file")
                + "; this session's input will not be remembered";
    }

    /** The file the history lives in, or null when it lives only in memory. */
    Path file() { return file; }

    @Override
    public void load() throws IOException {
        if (file == null) return;
        try {
            locked(() -> super.load());
        } catch (IOException | RuntimeException e) {
            // an unreadable history must not stop the REPL: start with none
        }
    }

    @Override
    public void save() {
        if (file == null) return;
        try {
            locked(() -> super.save());
        } catch (IOException e) {
            if (failure == null) failure = "gd: cannot write the history file " + file
                    + " (" + e.getMessage() + "); this session's input will not be remembered";
        }
    }

    /** A problem with the history file not yet told to the user, or null; telling it once is enough. */
    String takeFailure() {
        String f = failure;
        if (f != null) failure = "";
        return f == null || f.isEmpty() ? null : f;
    }

    @Override
    protected void trimHistory(Path path, int max) throws IOException {
        try {
            super.trimHistory(path, max);
        } catch (RuntimeException e) {
            // a line another program wrote in some other format: keep the file as it is
        }
    }

    private interface Io { void run() throws IOException; }

    private void locked(Io io) throws IOException {
        synchronized (IN_PROCESS) {
            try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = ch.lock()) {
                io.run();
            }
        }
    }
}
