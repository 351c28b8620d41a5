package gd.kernel;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Starts the real kernel through jupyter_client (drive.py), runs cells and asks the other
 * requests, and checks every message that came back: on iopub, busy first and idle last, and
 * in between exactly the outputs each cell should make; on shell and control, the replies.
 */
@Timeout(300)
class KernelEndToEndTest {
    static final String BLOCK = "total = 0\nfor k in range(4):\n    total += k\n    print(k)\ntotal";
    static Map<String, Map<String, Object>> records = new LinkedHashMap<>();

    @BeforeAll
    static void drive(@TempDir Path tmp) throws Exception {
        Jupyter jupyter = Jupyter.require(tmp);
        Path script = tmp.resolve("drive.py");
        try (var in = KernelEndToEndTest.class.getResourceAsStream("drive.py")) {
            Files.write(script, in.readAllBytes());
        }
        String json = jupyter.run(Jupyter.command(jupyter.python, script.toString(), BLOCK), 240);
        for (Object r : (List<?>) Json.parse(json.strip())) {
            Map<String, Object> rec = map(r);
            records.put((String) rec.get("name"), rec);
        }
    }

    @Test void kernelInfo() {
        Map<String, Object> reply = reply("kernel_info", "kernel_info_reply");
        assertEquals("ok", reply.get("status"));
        assertEquals("5.3", reply.get("protocol_version"));
        assertEquals("gd", reply.get("implementation"));
        assertEquals("gd", map(reply.get("language_info")).get("name"));
        assertEquals(".gd", map(reply.get("language_info")).get("file_extension"));
        assertEquals(List.of(), kinds("kernel_info"));
    }

    @Test void definitionsShowNothing() {
        assertOk("definitions", 1);
        assertEquals(List.of("execute_input"), kinds("definitions"));
        assertEquals(1L, content("definitions", "execute_input").get("execution_count"));
    }

    @Test void aBlockRunsInACell() {
        assertOk("block", 2);
        assertEquals("0\n1\n2\n3\n", streamText("block"));
        assertEquals("6", data("block").get("text/plain"));
    }

    @Test void dShowsTextAndLatex() {
        assertOk("d", 3);
        assertEquals(List.of("execute_input", "execute_result"), kinds("d"));
        Map<String, Object> data = data("d");
        assertEquals("(+ b (* 13 m) -27)", data.get("text/plain"));
        assertEquals("$$b + 13 m - 27$$", data.get("text/latex"));
        assertEquals(3L, content("d", "execute_result").get("execution_count"));
    }

    @Test void trainStreamsProgressThenShowsItsCharts() throws Exception {
        assertOk("train", 4);
        List<String> kinds = kinds("train");
        assertEquals("execute_input", kinds.get(0));
        assertEquals(List.of("display_data", "display_data"), kinds.subList(kinds.size() - 2, kinds.size()));
        assertTrue(kinds.subList(1, kinds.size() - 2).stream().allMatch("stream"::equals), kinds.toString());
        List<Map<String, Object>> streams = all("train", "stream");
        assertTrue(((String) streams.get(0).get("text")).startsWith("\r[....................] step 0/20  loss 29"), streams.toString());
        String shown = overwritten(streamText("train"));
        assertTrue(shown.startsWith("trained 20 steps with sgd: loss 29 -> 0.00013244065166873042\n  m = 2.0010576248168945\n"), shown);
        List<Map<String, Object>> pictures = all("train", "display_data");
        assertTrue(((String) map(pictures.get(0).get("data")).get("text/plain")).startsWith("loss by step (log scale)\n"));
        assertTrue(((String) map(pictures.get(1).get("data")).get("text/plain")).startsWith("fit: model and data\n"));
        for (Map<String, Object> p : pictures) {
            byte[] png = Base64.getDecoder().decode((String) map(p.get("data")).get("image/png"));
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
            assertNotNull(img, "image/png is a PNG");
            assertEquals(720, img.getWidth());
            assertEquals(450, img.getHeight());
        }
    }

    @Test void anErrorIsAnErrorMessageWithGdsPositionedText() {
        Map<String, Object> reply = reply("error", "execute_reply");
        assertEquals("error", reply.get("status"));
        assertEquals(5L, reply.get("execution_count"));
        assertEquals(List.of("execute_input", "error"), kinds("error"));
        Map<String, Object> error = content("error", "error");
        assertEquals("CheckError", error.get("ename"));
        assertEquals("unknown name 'nope'; declare it first, e.g. 'params nope' or 'nope = 1'", error.get("evalue"));
        assertEquals(List.of("<cell 5>:1:10: error: unknown name 'nope'; declare it first, e.g. 'params nope' or 'nope = 1'",
                "val(m) + nope", "         ^^^^"), error.get("traceback"));
        assertEquals(error.get("traceback"), reply.get("traceback"));
    }

    @Test void anInterruptStopsALongTrainAndKeepsTheState() {
        for (String name : List.of("interrupt_signal", "interrupt_message")) {
            Map<String, Object> reply = reply(name, "execute_reply");
            assertEquals("error", reply.get("status"), name);
            assertEquals("KeyboardInterrupt", reply.get("ename"), name);
            assertEquals("interrupted during train, which kept what it had learned", reply.get("evalue"), name);
            List<String> kinds = kinds(name);
            assertEquals("error", kinds.get(kinds.size() - 1), name);
        }
        assertEquals("ok", map(records.get("interrupt_reply").get("reply")).get("status"));
        assertOk("after", 8);
        double m = Double.parseDouble((String) data("after").get("text/plain"));   // as the stopped runs left it: near 2, where they started
        assertEquals(2.0, m, 0.01, "m is a number the interrupted runs kept");
    }

    /** With Graphviz (CI has it) the graph is drawn as SVG beside its DOT text; without, the text alone. */
    @Test void aGraphIsDrawnAsSvg() throws Exception {
        assertOk("graph", 9);
        Map<String, Object> data = data("graph");
        assertTrue(((String) data.get("text/plain")).startsWith("digraph gd {"), data.toString());
        if (!haveDot()) {
            assertFalse(data.containsKey("image/svg+xml"), "no Graphviz, no drawing");
            return;
        }
        String svg = (String) data.get("image/svg+xml");
        assertNotNull(svg, "drawn: " + data.keySet());
        assertTrue(svg.startsWith("<svg"), "the svg element itself, no XML prolog or DOCTYPE: " + svg.substring(0, Math.min(80, svg.length())));
        org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        List<String> labels = new ArrayList<>();
        org.w3c.dom.NodeList texts = doc.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) labels.add(texts.item(i).getTextContent());
        assertTrue(labels.containsAll(List.of("m", "b", "*", "+")), "m, b, m*b and the sum: " + labels);
    }

    private static boolean haveDot() {
        try {
            Process p = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException | InterruptedException e) {
            return false;
        }
    }

    @Test void isCompleteCompleteAndInspect() {
        assertEquals(Map.of("status", "incomplete", "indent", ""), reply("is_complete_open", "is_complete_reply"));
        assertEquals("complete", reply("is_complete_done", "is_complete_reply").get("status"));
        assertEquals(Map.of("status", "incomplete", "indent", "    "), reply("is_complete_block", "is_complete_reply"));
        assertEquals(Map.of("status", "incomplete", "indent", "    "), reply("is_complete_in_block", "is_complete_reply"));
        assertEquals("complete", reply("is_complete_block_done", "is_complete_reply").get("status"));
        assertEquals("invalid", reply("is_complete_invalid", "is_complete_reply").get("status"));
        Map<String, Object> c = reply("complete", "complete_reply");
        assertEquals(List.of("loss"), c.get("matches"));
        assertEquals(4L, c.get("cursor_start"));
        assertEquals(6L, c.get("cursor_end"));
        Map<String, Object> i = reply("inspect", "inspect_reply");
        assertEquals(true, i.get("found"));
        assertTrue(((String) map(i.get("data")).get("text/plain")).startsWith("val(e) or val(e, {x: 2, y: 3})\n"), i.toString());
    }

    @Test void heartbeatAndShutdown() {
        assertEquals("ping", map(records.get("heartbeat").get("reply")).get("echo"));
        Map<String, Object> shutdown = records.get("shutdown");
        assertEquals(Map.of("status", "ok", "restart", false), shutdown.get("reply"));
        assertFalse((Boolean) shutdown.get("alive_after"), "the kernel exits after shutdown_reply");
        assertEquals(0L, shutdown.get("exit_code"));
    }

    /** Stream text as a notebook shows it: what follows a carriage return replaces the line so far. */
    static String overwritten(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) out.append(line.substring(line.lastIndexOf('\r') + 1)).append('\n');
        return out.substring(0, out.length() - 1);
    }

    private static void assertOk(String name, long count) {
        Map<String, Object> reply = reply(name, "execute_reply");
        assertEquals("ok", reply.get("status"), name + ": " + reply);
        assertEquals(count, reply.get("execution_count"), name);
    }

    private static Map<String, Object> reply(String name, String type) {
        Map<String, Object> rec = records.get(name);
        assertEquals(type, rec.get("reply_type"), name);
        return map(rec.get("reply"));
    }

    /** The iopub message types between busy and idle, which must come first and last. */
    private static List<String> kinds(String name) {
        List<String> kinds = new ArrayList<>();
        for (Object m : (List<?>) records.get(name).get("iopub")) kinds.add((String) map(m).get("type"));
        assertEquals("status", kinds.get(0), name);
        assertEquals("busy", map(map(((List<?>) records.get(name).get("iopub")).get(0)).get("content")).get("execution_state"));
        assertEquals("status", kinds.get(kinds.size() - 1), name);
        assertTrue(kinds.subList(1, kinds.size() - 1).stream().noneMatch("status"::equals), name + ": one busy, one idle: " + kinds);
        return kinds.subList(1, kinds.size() - 1);
    }

    private static List<Map<String, Object>> all(String name, String type) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object m : (List<?>) records.get(name).get("iopub")) if (type.equals(map(m).get("type"))) out.add(map(map(m).get("content")));
        return out;
    }

    private static Map<String, Object> content(String name, String type) { return all(name, type).get(0); }
    private static Map<String, Object> data(String name) { return map(content(name, "execute_result").get("data")); }

    private static String streamText(String name) {
        StringBuilder sb = new StringBuilder();
        for (Map<String, Object> s : all(name, "stream")) sb.append(s.get("text"));
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) { return (Map<String, Object>) o; }
}
