package gd.repl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REPL keeps the session through what used to end it with a trace (issue 13, items 1, 2 and 14). */
class ReplSurvivesTest {
    @TempDir Path dir;

    private ReplDriver repl() throws Exception { return new ReplDriver(dir.resolve("history")); }

    @Test void aResultTooBigToShowIsAnErrorAndTheSessionStays() throws Exception {
        try (ReplDriver r = repl()) {
            r.enter("a = range(10**6); b = [a for i in range(1000)]");
            String shown = r.enter("b");
            assertTrue(shown.contains("error: this value is too big to print"), shown);
            assertTrue(r.enter("len(b) + len(a)").contains("1001000"));
        }
    }

    @Test void saveAndLoadOfADeviceAreRefusedAtOnce() throws Exception {
        try (ReplDriver r = repl()) {
            r.enter("k = 5");
            String save = r.enter(":save /dev/zero");
            assertTrue(save.contains("'/dev/zero' exists and was not written by :save"), save);
            String load = r.enter(":load /dev/zero");
            assertTrue(load.contains("cannot load '/dev/zero': it is not a regular file"), load);
            assertTrue(r.enter("k * 2").contains("10"));
        }
    }

    @Test void saveToAPipeDoesNotBlock() throws Exception {
        Path fifo = dir.resolve("pipe.gd");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        try (ReplDriver r = repl()) {
            String save = r.enter(":save " + fifo);       // the driver's deadline fails this if the REPL blocks
            assertTrue(save.contains("exists and was not written by :save"), save);
            assertTrue(r.enter("1 + 1").contains("2"));
        }
    }

    @Test void saveDoesNotOverwriteAnEmptyFileItDidNotWrite() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.gd"));
        try (ReplDriver r = repl()) {
            r.enter("k = 1");
            String save = r.enter(":save " + empty);
            assertTrue(save.contains("exists and was not written by :save"), save);
            assertEquals(0, Files.size(empty));
            Path mine = dir.resolve("mine.gd");
            assertTrue(r.enter(":save " + mine).contains("saved 1 input"));
            assertTrue(r.enter(":save " + mine).contains("saved 1 input"), "its own file is overwritten as before");
        }
    }

    @Test void aHistoryPathThatIsAFolderStartsTheReplWithANote() throws Exception {
        for (Path bad : new Path[]{Path.of("/"), dir}) {
            try (ReplDriver r = new ReplDriver(bad)) {
                String shown = r.enter("2 + 3");
                assertTrue(shown.contains("5"), shown);
                assertTrue(r.seen().contains("cannot keep the history in " + bad), r.seen());
            }
        }
        assertFalse(Files.exists(Path.of("null.lock")), "no stray lock file in the working folder");
    }
}
