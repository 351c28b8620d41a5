package gd.repl;

import gd.session.Session;
import org.jline.reader.EOFError;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REPL's parts on their own: line parser, result fitting, transcript, history file under concurrent sessions. */
class PartsTest {
    private final GdLineParser parser = new GdLineParser();

    @Test
    void openBracketsAskForAnotherLineButMetaCommandsNever() {
        assertThrows(EOFError.class, () -> parser.parse("max(1,", 6, ParseContext.ACCEPT_LINE));
        assertThrows(EOFError.class, () -> parser.parse("[1,\n [2, 3]", 11, ParseContext.ACCEPT_LINE));
        assertEquals("max(1, 2)", parser.parse("max(1, 2)", 9, ParseContext.ACCEPT_LINE).line());
        assertEquals(":load (x.gd", parser.parse(":load (x.gd", 11, ParseContext.ACCEPT_LINE).line());
    }

    @Test
    void theWordToCompleteIsTheIdentifierUnderTheCursor() {
        assertEquals("lo", parser.parse("val(lo", 6, ParseContext.COMPLETE).word());
        assertEquals("los", parser.parse("d(los, m)", 5, ParseContext.COMPLETE).word());
        assertEquals(":he", parser.parse(":he", 3, ParseContext.COMPLETE).word());
        assertEquals("samples/se", parser.parse(":load samples/se", 16, ParseContext.COMPLETE).word());
        assertEquals("", parser.parse("x + ", 4, ParseContext.COMPLETE).word());
    }

    @Test
    void aResultTallerThanTheScreenIsCutWithANote() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100; i++) sb.append("line ").append(i).append('\n');
        String fitted = Fit.fit(sb.toString().strip(), 80, 10);
        String[] lines = fitted.split("\n");
        assertTrue(lines.length <= 10 - 2, fitted);          // room left for the prompt
        assertTrue(lines[lines.length - 1].contains("more characters"), fitted);
        assertEquals("short", Fit.fit("short", 80, 10));
        String wide = Fit.fit("x".repeat(5000), 50, 10);
        assertTrue(wide.length() < 400 && wide.contains("[… "), wide);
    }

    @Test
    void aFailedInputKeepsOnlyTheStatementsThatRan() {
        Session s = new Session(t -> { });
        Transcript t = new Transcript();
        String ok = "a = 1", half = "b = 2; c = nope; d = 4";
        t.record(ok, s.eval("<repl>", ok));
        t.record(half, s.eval("<repl>", half));
        t.record("e = nope", s.eval("<repl>", "e = nope"));
        assertEquals(List.of("a = 1", "b = 2"), t.inputs());
    }

    @Test
    void sessionsSavingHistoryAtOnceLoseNothingAndKeepTheFileReadable(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("h");
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            int session = s;
            threads.add(new Thread(() -> {
                LockedHistory h = new LockedHistory(file);
                h.attach(org.jline.reader.LineReaderBuilder.builder().variable(org.jline.reader.LineReader.HISTORY_FILE, file)
                        .variable(org.jline.reader.LineReader.HISTORY_FILE_SIZE, 100_000).history(h).build());
                for (int i = 0; i < 200; i++) h.add("s" + session + " line " + i);
            }));
        }
        for (Thread t : threads) t.start();
        for (Thread t : threads) t.join();
        List<String> lines = Files.readAllLines(file);
        assertEquals(800, lines.size());
        for (String l : lines) assertTrue(l.matches("\\d+:s\\d line \\d+"), l);
    }
}
