package gd.eval;

import gd.GdRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writing over the user's files (issue 13, items 3 and 17): permissions kept, read-only refused, links written through, plain reasons. */
class AtomicFileTest {
    @TempDir Path dir;

    private GdRun png(Path file) {
        return GdRun.exprs("params x", "plot(sin(x), x, -1, 1, to=\"" + file + "\")");
    }

    @Test void aPictureOverAnExistingPngKeepsItsPermissions() throws IOException {
        Path f = dir.resolve("p.png");
        Files.writeString(f, "old");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        GdRun r = png(f);
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.size(f) > 1000);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test void aReadOnlyFileIsNotReplaced() throws IOException {
        Path f = dir.resolve("ro.png");
        Files.writeString(f, "keep me");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
        GdRun r = png(f);
        assertEquals(70, r.exit());
        assertTrue(r.err().contains("cannot write '" + f + "': it is read-only"), r.err());
        assertEquals("keep me", Files.readString(f));
        GdRun graph = GdRun.exprs("params x", "graph(x*x, to=\"" + f.resolveSibling("ro.dot") + "\")");
        assertEquals(0, graph.exit(), graph.err());
    }

    @Test void aSymbolicLinkIsWrittenThroughAndStaysALink() throws IOException {
        Path real = dir.resolve("real.png"), link = dir.resolve("link.png");
        Files.writeString(real, "old");
        Files.createSymbolicLink(link, real.getFileName());
        GdRun r = png(link);
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.size(real) > 1000, "the file the link points to holds the picture");
    }

    @Test void failuresNameTheUsersPathAndTheReasonNotATempFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Path missing = dir.resolve("nofolder/new.png");
        GdRun r = png(missing);
        assertEquals(70, r.exit());
        assertTrue(r.err().contains("cannot write '" + missing + "': there is no folder " + missing.getParent()), r.err());
        assertFalse(r.err().contains(".tmp"), r.err());
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        // root may write into a read-only folder; the reason is checked where the OS refuses
        boolean refused;
        try { Files.delete(Files.createFile(folder.resolve("probe"))); refused = false; } catch (IOException e) { refused = true; }
        GdRun denied = png(folder.resolve("new.png"));
        if (refused) {
            assertTrue(denied.err().contains("cannot write '" + folder.resolve("new.png") + "': permission denied"), denied.err());
            assertFalse(denied.err().contains(".tmp"), denied.err());
        } else {
            assertEquals(0, denied.exit(), denied.err());
        }
    }

    @Test void aFailedWriteLeavesTheOldFileAndNoTempFile() throws IOException {
        Path f = dir.resolve("keep.txt");
        Files.writeString(f, "old");
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> AtomicFile.write(f, tmp -> { Files.writeString(tmp, "half"); throw new java.nio.file.AccessDeniedException(tmp.toString()); }));
        assertEquals("permission denied", e.getMessage());
        assertArrayEquals(new String[]{"keep.txt"}, dir.toFile().list());
        assertEquals("old", Files.readString(f));
    }
}
