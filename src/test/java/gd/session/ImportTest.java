package gd.session;

import gd.GdRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** use("lib.gd"): beside the script, once per session, errors in the file they are in, undone whole when it fails. */
class ImportTest {

    @Test
    void aLibraryBesideTheScriptRunsOnceAndItsDefinitionsAreGlobals(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("lib/sq.gd"), "use(\"more.gd\")\nsq(x) = x*x\ncount = count + 1\n1 + 1\n");
        Files.writeString(dir.resolve("lib/more.gd"), "use(\"sq.gd\")\ncube(x) = x*sq(x)\n");   // each uses the other: each runs once
        Path script = dir.resolve("main.gd");
        Files.writeString(script, "count = 0\nuse(\"lib/sq.gd\")\nuse(\"lib/more.gd\")\nuse(\"./lib/sq.gd\")\n[sq(3), cube(2), count]\n");
        GdRun r = GdRun.args(script.toString());
        assertEquals("[9, 8, 1]", r.text(), r.err());
    }

    @Test
    void anErrorPointsIntoTheImportedFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.gd"), "f(x) = x\ny = f(1) + nope\n");
        Path script = dir.resolve("main.gd");
        Files.writeString(script, "use(\"bad.gd\")\n");
        GdRun r = GdRun.args(script.toString());
        assertEquals(65, r.exit(), r.err());
        assertTrue(r.err().startsWith(dir.resolve("bad.gd") + ":2:12: error: unknown name 'nope'"), r.err());
        Files.writeString(dir.resolve("syntax.gd"), "f(x) = (x\n");
        Files.writeString(script, "use(\"syntax.gd\")\n");
        assertTrue(GdRun.args(script.toString()).err().startsWith(dir.resolve("syntax.gd") + ":1:"), "a syntax error too");
        Files.writeString(script, "use(\"none.gd\")\n");
        assertTrue(GdRun.args(script.toString()).err().contains(":1:5: error: cannot use 'none.gd': no such file"));
    }

    @Test
    void inTheReplAFailedUseIsUndoneWholeAndCanBeTriedAgain(@TempDir Path dir) throws Exception {
        Path lib = dir.resolve("lib.gd");
        Files.writeString(lib, "g(x) = 2*x\nz = 1/0\n");
        List<String> printed = new ArrayList<>();
        Session s = new Session(printed::add, true);
        String use = "use(\"" + lib + "\")";
        List<Outcome> out = s.eval("<repl>", use);
        assertTrue(out.get(out.size() - 1) instanceof Outcome.Failed, "division by zero in the library");
        assertEquals(null, s.binding("g"), "nothing the failed use defined stays");
        Files.writeString(lib, "g(x) = 2*x\nz = 1\n");
        s.eval("<repl>", use);
        out = s.eval("<repl>", "g(z)");
        assertEquals("2", Display.out(out.get(out.size() - 1), s));
    }
}
