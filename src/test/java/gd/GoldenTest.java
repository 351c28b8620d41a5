package gd;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs every samples/NAME.gd through Main.run, from inside samples/ as a user would, and compares
 * stdout with NAME.out and stderr with NAME.err (empty when there is none). The exit code is 0
 * unless the sample's first line is '# exit: N'. -Dgd.updateGolden=true rewrites the expected files.
 */
class GoldenTest {
    private static final Path SAMPLES = Path.of("samples");

    @TestFactory
    Stream<DynamicTest> samples() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            scripts = files.filter(p -> p.toString().endsWith(".gd")).sorted().toList();
        }
        return scripts.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path script) throws Exception {
        String name = script.getFileName().toString();
        String base = name.substring(0, name.length() - 3);
        String firstLine = Files.readAllLines(script).stream().findFirst().orElse("");
        int expectedExit = firstLine.startsWith("# exit: ") ? Integer.parseInt(firstLine.substring(8).trim()) : 0;

        GdRun run = GdRun.args(SAMPLES.resolve(name).toString());
        String gotOut = run.out(), gotErr = run.err();
        Path outFile = SAMPLES.resolve(base + ".out"), errFile = SAMPLES.resolve(base + ".err");
        if (Boolean.getBoolean("gd.updateGolden")) {
            Files.writeString(outFile, gotOut);
            if (!gotErr.isEmpty()) Files.writeString(errFile, gotErr); else Files.deleteIfExists(errFile);
        }
        assertEquals(Files.readString(outFile), gotOut, name + ": standard output differs from " + outFile);
        assertEquals(Files.exists(errFile) ? Files.readString(errFile) : "", gotErr, name + ": standard error differs");
        assertEquals(expectedExit, run.exit(), name + ": exit code");
    }
}
