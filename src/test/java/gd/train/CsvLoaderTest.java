package gd.train;

import gd.GdRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** load() on files that are not what it expects (issue 13, item 18): each gets its own reason and line. */
class CsvLoaderTest {
    @TempDir Path dir;

    private GdRun load(String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return GdRun.exprs("load(\"" + f + "\")");
    }

    @Test void aBinaryFileIsNotUtf8TextNotMissing() throws IOException {
        GdRun r = load("bin.csv", new byte[]{'x', ',', 'y', '\n', '1', ',', (byte) 0xE9, '\n'});
        assertEquals(70, r.exit());
        assertTrue(r.err().contains("bin.csv:2: this file is not UTF-8 text (byte 0xE9)"), r.err());
    }

    @Test void rowsAreCheckedAgainstTheHeader() throws IOException {
        GdRun r = load("wide.csv", "x,y\n1,2,3\n4,5\n".getBytes());
        assertEquals(70, r.exit());
        assertTrue(r.err().contains("wide.csv:2: expected 2 numbers, one per column of the header, got 3: '1,2,3'"), r.err());
    }

    @Test void aNumberTooLargeIsRefusedLikeInf() throws IOException {
        GdRun r = load("big.csv", "x\n1e999\n".getBytes());
        assertEquals(70, r.exit());
        assertTrue(r.err().contains("big.csv:2: '1e999' is too large for a number"), r.err());
    }

    @Test void aMissingFileAndAFolderSaySo() {
        GdRun missing = GdRun.exprs("load(\"" + dir.resolve("none.csv") + "\")");
        assertTrue(missing.err().contains("no such file"), missing.err());
        GdRun folder = GdRun.exprs("load(\"" + dir + "\")");
        assertTrue(folder.err().contains("it is a directory"), folder.err());
    }

    @Test void goodFilesStillLoad() throws IOException {
        GdRun r = load("ok.csv", "x,y\n1,2.5\n\n3,4\n".getBytes());
        assertEquals("[[1, 2.5], [3, 4]]\n", r.out(), r.err());
    }
}
