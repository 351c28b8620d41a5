package gd.teach;

import gd.GdRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static gd.teach.NotationsTest.gd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GraphTest {

    private static boolean haveDot() {
        try {
            Process p = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test void oneNodePerDistinctSubexpression() {
        String dot = ((Graph) gd("graph((x + 1)*(x + 1))")).dot();
        assertEquals(4, dot.lines().filter(l -> l.contains("[label=")  && !l.contains("->")).count(), dot);
        assertEquals(4, dot.lines().filter(l -> l.contains("->")).count(), dot);
    }

    @Test void valuesAndGradientsLikeDrawDot() {
        String dot = ((Graph) gd("graph(x*y + x, at={x: 2, y: 3})")).dot();
        assertTrue(dot.contains("{ x | value 2 | grad 4 }"), dot);
        assertTrue(dot.contains("{ y | value 3 | grad 2 }"), dot);
        assertTrue(dot.contains("{ + | value 8 | grad 1 }"), dot);
    }

    @Test void dotAcceptsTheOutput() throws Exception {
        Assumptions.assumeTrue(haveDot(), "Graphviz is not installed");
        for (String src : new String[]{"graph(x**y/(x - 1) + sin(x)*2/3)", "graph(x**2 - y, at={x: 1.5, y: 2})"}) {
            Process p = new ProcessBuilder("dot", "-Tsvg").redirectErrorStream(true).start();
            p.getOutputStream().write(((Graph) gd(src)).dot().getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), out);
            assertTrue(out.contains("<svg"), out);
        }
    }

    @Test void theGraphPrintsAsItsDotTextAndHasFields() {
        GdRun r = GdRun.exprs("params x\ng = graph((x + 1)*(x + 1))\ng\ng.nodes\nlen(g.dot) > 50");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("digraph gd {\n") && r.out().endsWith("}\n4\ntrue\n"), r.out());
    }

    @Test void theGraphDrawnAsSvgForNotebooks(@TempDir Path dir) throws Exception {
        Graph g = (Graph) gd("graph(x*y + x)");
        if (haveDot()) {
            String svg = g.svg();
            assertTrue(svg != null && svg.contains("<svg"), "dot drew it: " + svg);
            javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);   // Graphviz names the SVG DTD; offline
            org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            assertEquals(4, groups(doc, "node"), "x, y, * and +: " + svg);
            assertEquals(4, groups(doc, "edge"), svg);
        }
        String before = System.getProperty("gd.dot");
        System.setProperty("gd.dot", dir.resolve("no-such-dot").toString());
        try {
            assertEquals(null, g.svg(), "without Graphviz, no drawing (a notebook shows the text)");
        } finally {
            if (before == null) System.clearProperty("gd.dot"); else System.setProperty("gd.dot", before);
        }
    }

    private static int groups(org.w3c.dom.Document doc, String kind) {
        int n = 0;
        org.w3c.dom.NodeList gs = doc.getElementsByTagName("g");
        for (int i = 0; i < gs.getLength(); i++) if (kind.equals(((org.w3c.dom.Element) gs.item(i)).getAttribute("class"))) n++;
        return n;
    }

    @Test void rendersToAFileWithNothingLeftBehind(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(haveDot(), "Graphviz is not installed");
        Path svg = dir.resolve("g.svg");
        Files.writeString(svg, "old");
        GdRun r = GdRun.exprs("params x\ngraph(x*x + 1, to=\"" + svg + "\")");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(svg).contains("<svg"));
        try (var files = Files.list(dir)) { assertEquals(1, files.count()); }
    }

    @Test void saysHowToGetGraphvizWhenItIsMissing(@TempDir Path dir) throws Exception {
        String before = System.getProperty("gd.dot");
        System.setProperty("gd.dot", dir.resolve("no-such-dot").toString());
        try {
            Path svg = dir.resolve("g.svg");
            GdRun r = GdRun.exprs("params x\ngraph(x*x, to=\"" + svg + "\")");
            assertNotEquals(0, r.exit());
            assertTrue(r.err().contains("apt-get install graphviz"), r.err());
            try (var files = Files.list(dir)) { assertEquals(0, files.count()); }
        } finally {
            if (before == null) System.clearProperty("gd.dot"); else System.setProperty("gd.dot", before);
        }
    }

    @Test void writesDotTextWithoutGraphviz(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("g.dot");
        GdRun r = GdRun.exprs("params x\ngraph(x*x, to=\"" + file + "\")");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(file).startsWith("digraph gd {"));
    }

    /** A file written through a temporary one keeps the permissions a user gave it, and a new one gets the usual ones (not the temp file's 0600). */
    @Test void writtenFilesKeepOrdinaryPermissions(@TempDir Path dir) throws Exception {
        Path mine = dir.resolve("mine.dot"), fresh = dir.resolve("fresh.dot"), plain = dir.resolve("plain.txt");
        Files.writeString(mine, "old\n");
        Files.setPosixFilePermissions(mine, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        Files.createFile(plain);
        for (Path p : new Path[]{mine, fresh})
            assertEquals(0, GdRun.exprs("params x\ngraph(x*x, to=\"" + p + "\")").exit());
        assertEquals("rw-r-----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(mine)));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(fresh));
    }

    @Test void aMissingFolderIsAnErrorNotCreated(@TempDir Path dir) {
        Path file = dir.resolve("typo").resolve("g.dot");
        GdRun r = GdRun.exprs("params x\ngraph(x*x, to=\"" + file + "\")");
        assertEquals(70, r.exit());
        assertTrue(r.err().contains("there is no folder " + dir.resolve("typo")), r.err());
        assertTrue(!Files.exists(dir.resolve("typo")));
    }
}
