package gd.plot;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartsTest {

    private static List<Double> decay(int n, double rate) {
        List<Double> l = new ArrayList<>();
        for (int i = 0; i < n; i++) l.add(100 * Math.pow(rate, i));
        return l;
    }

    @Test
    void everyLineFitsTheWidth() {
        for (int width : new int[]{30, 60, 100})
            for (boolean unicode : new boolean[]{true, false}) {
                String chart = Charts.lossCurve(decay(50, 0.8), width, unicode)
                        + Charts.fit(x -> 2 * x + 1, x -> 2 * x, new double[]{-2, 3}, new double[]{-4, 6}, width, unicode);
                for (String line : chart.split("\n"))
                    assertTrue(line.codePointCount(0, line.length()) <= width, "too wide at " + width + ": " + line);
            }
    }

    @Test
    void asciiModeUsesOnlyAscii() {
        String chart = Charts.lossCurve(decay(50, 0.8), 60, false) + Charts.fit(Math::sin, Math::cos, new double[]{0, 1, 2}, new double[]{0, 1, 0}, 60, false);
        assertTrue(chart.chars().allMatch(c -> c == '\n' || (c >= 32 && c < 127)), chart);
    }

    @Test
    void unicodeModeDrawsBraille() {
        String chart = Charts.lossCurve(decay(50, 0.8), 60, true);
        assertTrue(chart.chars().anyMatch(c -> c > 0x2800 && c <= 0x28FF), chart);
    }

    @Test
    void logScaleWhenTheLossSpansDecades() {
        String spanning = Charts.lossCurve(decay(60, 0.8), 60, true);     // 100 down to ~2e-4
        assertTrue(spanning.startsWith("loss by step (log scale)"), spanning);
        assertTrue(spanning.contains("0.001┤") && spanning.contains("100┤"), spanning);
        String flat = Charts.lossCurve(List.of(5.0, 4.0, 3.5, 3.2), 60, true);
        assertFalse(flat.contains("log scale"), flat);
    }

    @Test
    void stepNumbersLabelTheXAxis() {
        String chart = Charts.lossCurve(decay(41, 0.9), 60, false);
        String[] lines = chart.split("\n");
        String axisLabels = lines[LOSS_LABEL_LINE];
        assertTrue(axisLabels.trim().startsWith("0"), chart);
        assertTrue(axisLabels.endsWith("40"), chart);
        assertTrue(axisLabels.contains("20") && axisLabels.contains("step"), chart);
    }

    private static final int LOSS_LABEL_LINE = 1 + Charts.LOSS_ROWS + 1;

    /** A step label stands under its step: with 4 steps (0..3) the middle of the axis is 1.5, which must not be labelled 2. */
    @Test
    void stepLabelsStandUnderTheirStep() {
        for (int n = 2; n <= 9; n++) {
            String chart = Charts.lossCurve(decay(n, 0.9), 60, false);
            String[] lines = chart.split("\n");
            String axis = lines[LOSS_LABEL_LINE - 1], labels = lines[LOSS_LABEL_LINE];
            int start = axis.indexOf('+') + 1, cols = axis.length() - start;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+").matcher(labels);
            while (m.find()) {
                int step = Integer.parseInt(m.group());
                double want = start + (double) step / (n - 1) * (cols - 1);
                double from = m.start(), to = m.end() - 1;
                assertTrue(want >= from - 1 && want <= to + 1, "step " + step + " of 0.." + (n - 1) + " is labelled at columns "
                        + from + "-" + to + ", its place is " + want + ":\n" + chart);
            }
        }
    }

    @Test
    void nonFiniteLossesAreSkippedWithANote() {
        List<Double> losses = new ArrayList<>(decay(10, 0.5));
        losses.add(Double.POSITIVE_INFINITY);
        losses.add(Double.NaN);
        String chart = Charts.lossCurve(losses, 60, true);
        assertTrue(chart.contains("skipped 2 non-finite values (steps 10, 11)"), chart);
        assertTrue(chart.contains("log scale"), chart);
    }

    @Test
    void nothingFiniteSaysSo() {
        assertTrue(Charts.lossCurve(List.of(Double.NaN), 40, true).contains("nothing to draw"));
        assertTrue(Charts.lossCurve(List.of(), 40, true).contains("nothing to draw"));
    }

    @Test
    void pointsLandWhereExpectedOnATinyGrid() {
        // Plot area 8 columns x 3 rows in ASCII: x in [0, 7], y in [0, 2] maps one unit to one cell.
        Figure f = new Figure().add("data", Figure.Role.DATA, new double[]{0, 7, 3}, new double[]{0, 2, 1});
        String[] lines = TextChart.render(f, 10, 3, false).split("\n");
        assertEquals("o", lines[2].substring(2, 3), String.join("\n", lines));   // (0, 0): bottom left
        assertEquals("o", lines[0].substring(9, 10), String.join("\n", lines));  // (7, 2): top right
        assertEquals("o", lines[1].substring(5, 6), String.join("\n", lines));   // (3, 1): middle
        assertEquals(3, String.join("", lines).chars().filter(c -> c == 'o').count());
    }

    @Test
    void fitShowsALegendAndItsParts() {
        String chart = Charts.fit(x -> 2 * x + 1, x -> 2 * x, new double[]{-2, 3}, new double[]{-4, 6}, 60, true);
        assertTrue(chart.contains("⠶ model") && chart.contains("· target") && chart.contains("● data"), chart);
        assertEquals(2, chart.chars().filter(c -> c == '●').count() - 1, chart);   // two points plus the legend's
        String noTarget = Charts.fit(x -> x, null, new double[]{1, 2}, new double[]{1, 2}, 60, false);
        assertFalse(noTarget.contains("target"), noTarget);
    }

    @Test
    void aModelThatFailsSomewhereLeavesAGap() {
        String chart = Charts.fit(x -> 1 / x, null, new double[]{-1, 1}, new double[]{-1, 1}, 40, false);
        assertTrue(chart.contains("*"), chart);
    }
}
