package gd.train;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * samples/moons.gd (micrograd's demo, whose output GoldenTest holds to samples/moons.out) against
 * an independent scalar reverse-mode run of the same network, data and loop
 * (src/test/resources/golden/moons_ref.txt, which agrees with the notebook's printed steps to
 * 1e-15): every step's loss to 1e-9 relative, every accuracy exactly.
 */
class MoonsTest {
    private static final Pattern STEP = Pattern.compile("step (\\d+) loss (\\S+), accuracy (\\S+)%");

    @Test
    void everyStepIsMicrogradsStep() throws IOException {
        List<String> ours = Files.readAllLines(Path.of("samples/moons.out")).stream().filter(l -> l.startsWith("step")).toList();
        List<String> ref;
        try (InputStream in = MoonsTest.class.getResourceAsStream("/golden/moons_ref.txt")) {
            assertNotNull(in, "src/test/resources/golden/moons_ref.txt is missing");
            ref = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertEquals(100, ref.size());
        assertEquals(ref.size(), ours.size());
        for (int i = 0; i < ref.size(); i++) {
            Matcher a = STEP.matcher(ours.get(i)), b = STEP.matcher(ref.get(i));
            assertTrue(a.matches() && b.matches(), ours.get(i) + " / " + ref.get(i));
            assertEquals(b.group(1), a.group(1));
            double got = Double.parseDouble(a.group(2)), want = Double.parseDouble(b.group(2));
            assertTrue(Math.abs(got - want) <= 1e-9 * Math.abs(want), "step " + i + ": loss " + got + ", micrograd's " + want);
            assertEquals(b.group(3), a.group(3), "step " + i + ": accuracy");
        }
    }
}
