package gd.plot;

import gd.GdRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SVG pictures, parsed as XML: the title, the axes with their ticks and labels, a path per line, a circle per data point, the legend. */
class SvgTest {
    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** The elements of a kind inside the groups of a class ("series points"). */
    static List<Element> in(Document d, String groupClass, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList groups = d.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (!g.getAttribute("class").equals(groupClass)) continue;
            NodeList items = g.getElementsByTagName(tag);
            for (int k = 0; k < items.getLength(); k++) out.add((Element) items.item(k));
        }
        return out;
    }

    static List<String> texts(Document d) {
        List<String> out = new ArrayList<>();
        NodeList t = d.getElementsByTagName("text");
        for (int i = 0; i < t.getLength(); i++) out.add(t.item(i).getTextContent());
        return out;
    }

    @Test
    void plotWritesAnSvgWithTitleAxesLinesAndLegend(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("f.svg");
        GdRun r = GdRun.exprs("params x\nplot([sin(x), x**2/4], x, -3, 3, to=\"" + out + "\", ylabel=\"height <m>\")");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("(720x450 SVG)"), r.out());
        Document d = parse(Files.readString(out));
        Element svg = d.getDocumentElement();
        assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
        assertEquals("720", svg.getAttribute("width"));
        assertEquals("2 functions for x from -3 to 3", d.getElementsByTagName("title").item(0).getTextContent());
        List<String> texts = texts(d);
        assertTrue(texts.contains("2 functions for x from -3 to 3"), "the title drawn: " + texts);
        for (String tick : new String[]{"-3", "0", "3", "-0.5", "2"}) assertTrue(texts.contains(tick), "tick " + tick + " in " + texts);
        assertTrue(texts.contains("x") && texts.contains("height <m>"), "axis labels, escaped and read back: " + texts);
        assertEquals(2, in(d, "series line", "path").size(), "a path per function");
        assertTrue(texts.contains("sin(x)") && texts.contains("x**2/4"), "legend in infix: " + texts);
        assertEquals(2, in(d, "legend", "text").size());
        assertTrue(Files.readString(out).contains("rotate(-90"), "the y label turned on its side");
    }

    @Test
    void dataPointsAreOneCircleEach(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("pts.svg");
        assertEquals(0, GdRun.exprs("plot([1, 2, 3, 4, 5], [2, 4, 1, 3, 9], to=\"" + out + "\")").exit());
        Document d = parse(Files.readString(out));
        List<Element> points = in(d, "series points", "circle");
        assertEquals(5, points.size());
        double x1 = Double.parseDouble(points.get(0).getAttribute("cx")), x5 = Double.parseDouble(points.get(4).getAttribute("cx"));
        double y5 = Double.parseDouble(points.get(4).getAttribute("cy")), y3 = Double.parseDouble(points.get(2).getAttribute("cy"));
        assertTrue(x1 > Painter.LEFT && x5 < Pictures.PNG_WIDTH - Painter.RIGHT && x1 < x5, "inside the frame, left to right");
        assertTrue(y5 < y3 && y5 > Painter.TOP, "the largest y highest, still inside");
    }

    @Test
    void trainWritesTheFitAboveTheLossAsOneSvg(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("fit.svg");
        GdRun r = GdRun.exprs("params m b\nxs = [1, 2, 3]\nys = [2, 4, 6]\nmodel(x) = m*x + b\n"
                + "loss = sum((model(xs[i]) - ys[i])**2 for i in range(3))\ntrain(loss, lr=0.05, steps=30, model=model, data=zip(xs, ys), to=\"" + out + "\")");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("(720x800 SVG)") && !r.out().contains("⠀"), "written, not drawn in the terminal: " + r.out());
        Document d = parse(Files.readString(out));
        assertTrue(texts(d).contains("fit: model and data") && texts(d).contains("loss by step (log scale)"), texts(d).toString());
        assertEquals(3, in(d, "series points", "circle").size(), "the three data points");
        assertEquals(2, in(d, "series line", "path").size(), "the model and the loss curve");
        GdRun bad = GdRun.exprs("params m\ntrain(m**2, to=\"fit.jpg\")");
        assertTrue(bad.err().contains("to names the PNG or SVG file for the charts"), bad.err());
        assertTrue(!bad.out().contains("trained"), "checked before training: " + bad.out());
    }

    @Test
    void contourAsSvgHasTheBandsAndThePath(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("land.svg");
        GdRun r = GdRun.exprs("params m b\nloss = (m - 2)**2 + (b + 1)**2\nrun = train(loss, lr=0.2, steps=12, chart=false)\n"
                + "contour(loss, m, b, run=run, to=\"" + out + "\")");
        assertEquals(0, r.exit(), r.err());
        Document d = parse(Files.readString(out));
        assertTrue(in(d, "landscape", "rect").size() > 100, "the bands as rectangles");
        assertEquals(13 - 2 + 2, in(d, "path", "circle").size(), "a dot per step between the start and end, and those two");
        assertTrue(texts(d).contains("m") && texts(d).contains("b"), "the axes named for the parameters");
    }

    @Test
    void textIsEscapedForXml() {
        assertEquals("a &lt; b &amp;&amp; &quot;c&quot; &apos;d&apos; e f", SvgCanvas.escape("a < b && \"c\" 'd' e\u0001f"));
        assertEquals("x ", SvgCanvas.escape("x\ud800"), "a lone surrogate is not XML");
        assertEquals("-0.5", SvgCanvas.n(-0.5));
        assertEquals("12.05", SvgCanvas.n(12.049999));
        assertEquals("3", SvgCanvas.n(3.0001));
    }
}
