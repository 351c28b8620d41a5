package gd.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Files the user names are replaced whole or not at all, and keep the permissions a file would have. */
class AtomicFileTest {
    @TempDir Path dir;

    @Test void aFailedWriteLeavesTheOldFileAndNoTemporary() throws IOException {
        Path f = dir.resolve("plot.png");
        Files.writeString(f, "old");
        assertThrows(IOException.class, () -> AtomicFile.write(f, tmp -> {
            Files.writeString(tmp, "half");
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(f));
        try (var files = Files.list(dir)) { assertEquals(1, files.count()); }
    }

    @Test void permissionsAreThoseOfANewFileOrKeptFromTheOldOne() throws IOException {
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path fresh = dir.resolve("fresh.txt");
        AtomicFile.write(fresh, tmp -> Files.writeString(tmp, "new"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(fresh));
        assertEquals("new", Files.readString(fresh));

        Path shared = dir.resolve("shared.txt");
        Files.writeString(shared, "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFile.write(shared, tmp -> Files.writeString(tmp, "new"));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));
    }
}
