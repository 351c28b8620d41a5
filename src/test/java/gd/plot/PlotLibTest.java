package gd.plot;

import gd.ast.GdError;
import gd.ast.Source;
import gd.ast.Stmt;
import gd.eval.Env;
import gd.eval.Interpreter;
import gd.eval.Output;
import gd.lib.CalcLib;
import gd.lib.CoreLib;
import gd.parse.Parse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** plot() through the real parser and interpreter, with what it prints captured. */
class PlotLibTest {
    private final StringBuilder printed = new StringBuilder();
    private final Interpreter interp = new Interpreter(new Env(), new Output() {
        @Override public void line(String text) { printed.append(text).append('\n'); }
        @Override public int width() { return 60; }
        @Override public boolean unicode() { return false; }
    }, List.of(new CoreLib(), new CalcLib(), new PlotLib(gd.teach.Notation.INFIX::print)));

    private String run(String program) {
        for (Stmt s : Parse.program(new Source("test.gd", program))) interp.exec(s);
        return printed.toString();
    }

    private String error(String program) {
        return assertThrows(GdError.class, () -> run(program)).getMessage();
    }

    @Test
    void drawsAFunctionOverItsRange() {
        String chart = run("params x\nplot(x**2, x, -2, 2)");
        assertTrue(chart.startsWith("x**2 for x from -2 to 2\n"), "titles in infix: " + chart);
        String[] lines = chart.split("\n");
        assertTrue(lines[1].startsWith("4+*") && lines[1].endsWith("*"), chart);   // x**2 is highest at both ends
        assertTrue(lines[Charts.FIT_ROWS].contains("*"), chart);                    // and touches 0 in the middle
        for (String line : lines) assertTrue(line.length() <= 60, line);
    }

    @Test
    void axisLabelsAndALogScaleOnRequest() {
        String chart = run("params x\nplot(exp(x), x, 0, 10, xlabel=\"time\", ylabel=\"growth\", log=true)");
        String[] lines = chart.split("\n");
        assertEquals("growth", lines[1], chart);
        assertTrue(chart.contains("time"), chart);
        assertTrue(chart.contains("10000"), "log ticks: " + chart);
        String linear = run("plot([50 * 0.7**k for k in range(40)], log=false)");
        assertTrue(linear.contains("loss by step\n") && !linear.contains("log scale"), linear);
        assertTrue(error("plot([1, 2], log=1)").startsWith("log is true or false"));
        assertTrue(error("plot([1, 2], ylabel=3)").startsWith("ylabel is a string"));
    }

    @Test
    void contourDrawsTheLandscapeAndARunsPath() {
        String chart = run("params m b\nloss = (m - 2)**2 + (b + 1)**2\ncontour(loss, m, b, xrange=[-3, 3], yrange=[-3, 3])");
        String[] lines = chart.split("\n");
        assertEquals("loss landscape of m and b", lines[0]);
        assertEquals(' ', lines[1 + 20 * 2 / 3].charAt(8 + 52 * 5 / 6 - 1), "the lowest band around the minimum (2, -1): " + chart);
        assertTrue(lines[1].charAt(8) == '@', "the highest band in the far corner: " + chart);
        assertTrue(chart.contains("S"), "the current point marked: " + chart);
        assertTrue(error("params m b\ncontour(m*b, m, m)").contains("two different parameters"));
        assertTrue(error("params m b\ncontour(m*b, m, b, run=3)").startsWith("run= takes what train returned"));
        assertTrue(error("params m b\ncontour(m*b, m, b, xrange=[2, 1])").startsWith("xrange is a list of two numbers"));
    }

    @Test
    void severalFunctionsGetALegend() {
        String chart = run("params x\nplot([x**2, 2*x], x, -2, 2)");
        assertTrue(chart.contains("* x**2   . 2*x"), "legends in infix: " + chart);
    }

    @Test
    void otherSymbolsTakeTheirParameterValues() {
        String chart = run("params x m=3\nplot(m*x, x, 0, 1)");
        assertTrue(chart.contains("3+"), chart);
    }

    @Test
    void pointsAndLossHistories() {
        assertTrue(run("plot([1, 2, 3], [2, 4, 1])").contains("o"));
        String loss = run("plot([100, 10, 1, 0.1, 0.01])");
        assertTrue(loss.contains("loss by step (log scale)"), loss);
    }

    @Test
    void gapsWhereTheFunctionIsUndefined() {
        String[] lines = run("params x\nplot(log(x), x, -1, 1)").split("\n");
        int axis = lines[Charts.FIT_ROWS + 1].indexOf('+');              // the corner of the axes
        int half = (lines[Charts.FIT_ROWS + 1].length() - axis) / 2;
        for (int r = 1; r <= Charts.FIT_ROWS; r++) {
            String row = lines[r].length() > axis ? lines[r].substring(axis + 1) : "";
            assertTrue(row.substring(0, Math.min(row.length(), half - 1)).isBlank(), "nothing left of 0: " + lines[r]);
        }
        assertTrue(String.join("", lines).contains("*"));
    }

    @Test
    void writesAPng(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("sin.png");
        String said = run("params x\nplot(sin(x), x, -3, 3, to=\"" + out.toString().replace("\\", "/") + "\")");
        assertTrue(said.startsWith("wrote "), said);
        BufferedImage img = ImageIO.read(out.toFile());
        assertNotNull(img);
        assertEquals(Pictures.PNG_WIDTH, img.getWidth());
    }

    @Test
    void clearErrors() {
        assertEquals("plot's range runs from a smaller number to a larger one, but it is 3 to -3", error("params x\nplot(x, x, 3, -3)"));
        assertTrue(error("params x\nplot(x**2, x)").contains("needs its variable and range"));
        assertTrue(error("params x\nplot(\"hello\", x, 0, 1)").startsWith("plot draws expressions"));
        assertTrue(error("params x\nf(t) = t**2\nplot(f, x, 0, 1)").contains("call the function: plot(f(x), x, a, b)"));
        assertTrue(error("params x\nplot(x, 2, 0, 1)").startsWith("plot needs the variable to draw against"));
        assertTrue(error("params x\nplot(log(x - 5), x, 0, 1)").contains("no point to draw for log(x - 5) between the range's ends: log is only defined"));
        assertTrue(error("plot([1, 2], [1])").contains("xs has 2 items and ys 1"));
        assertTrue(error("plot(\"loss\")").startsWith("plot with one argument draws a loss history"));
        assertTrue(error("params x\nplot(x, x, 0, 1, to=\"a.jpg\")").contains("like to=\"plot.png\""));
        assertTrue(error("params x\nplot(x, x, 0, 1, to=\"no/such/folder/a.png\")").contains("there is no folder"));
        assertTrue(error("params x\nplot(x, x, 0, 1, color=1)").contains("no option 'color'"));
    }

    @Test
    void anErrorPointsAtTheArgument() {
        GdError e = assertThrows(GdError.class, () -> run("params x\nplot(x, x, 3, -3)"));
        assertEquals(2, e.span().line());
    }
}
