package gd.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static gd.kernel.KernelEndToEndTest.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * jupyter nbconvert --to notebook --execute samples/worksheet.ipynb, with the gd kernel, gives
 * the outputs committed in the notebook: the same text, LaTeX, streams and execution counts,
 * and images of the same size (their pixels depend on the machine's fonts, so they are compared
 * as pictures of a size, not byte for byte). -Dgd.updateGolden=true writes the new outputs into it.
 */
@Timeout(300)
class NotebookTest {
    private static final Path NOTEBOOK = Path.of("samples", "worksheet.ipynb");

    @Test
    void theWorksheetNotebookRunsToItsCommittedOutputs(@TempDir Path tmp) throws Exception {
        Jupyter jupyter = Jupyter.require(tmp);
        jupyter.run(Jupyter.command(jupyter.python, "-m", "jupyter", "nbconvert", "--to", "notebook", "--execute",
                NOTEBOOK.toString(), "--output-dir", tmp.toString(), "--output", "ran.ipynb"), 240);
        if (Boolean.getBoolean("gd.updateGolden")) Files.copy(tmp.resolve("ran.ipynb"), NOTEBOOK, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<Map<String, Object>> expected = cells(NOTEBOOK), got = cells(tmp.resolve("ran.ipynb"));
        assertEquals(expected.size(), got.size());
        for (int i = 0; i < expected.size(); i++) assertEquals(expected.get(i), got.get(i), "code cell " + (i + 1));
    }

    /** Each code cell as what must match: its source, execution count and outputs, images replaced by their size. */
    private static List<Map<String, Object>> cells(Path notebook) throws Exception {
        List<Map<String, Object>> cells = new ArrayList<>();
        for (Object c : (List<?>) Json.object(Files.readString(notebook, StandardCharsets.UTF_8)).get("cells")) {
            Map<String, Object> cell = map(c);
            if (!"code".equals(cell.get("cell_type"))) continue;
            Map<String, Object> comparable = new LinkedHashMap<>();
            comparable.put("source", text(cell.get("source")));
            comparable.put("execution_count", cell.get("execution_count"));
            List<Object> outputs = new ArrayList<>();
            for (Object o : (List<?>) cell.get("outputs")) outputs.add(output(map(o)));
            comparable.put("outputs", outputs);
            cells.add(comparable);
        }
        return cells;
    }

    private static Map<String, Object> output(Map<String, Object> o) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : o.entrySet()) {
            if (e.getKey().equals("data")) {
                Map<String, Object> data = new LinkedHashMap<>();
                for (Map.Entry<String, Object> d : map(e.getValue()).entrySet())
                    data.put(d.getKey(), d.getKey().equals("image/png") ? size(text(d.getValue())) : text(d.getValue()));
                out.put("data", data);
            } else out.put(e.getKey(), e.getKey().equals("text") ? KernelEndToEndTest.overwritten(text(e.getValue())) : e.getValue());
        }
        return out;
    }

    private static String size(String base64) throws Exception {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(Base64.getMimeDecoder().decode(base64)));
        assertNotNull(img, "image/png holds a PNG");
        return "PNG " + img.getWidth() + "x" + img.getHeight();
    }

    /** nbformat stores text as a string or as a list of lines. */
    private static String text(Object v) {
        if (v instanceof String s) return s;
        StringBuilder sb = new StringBuilder();
        for (Object line : (List<?>) v) sb.append(line);
        return sb.toString();
    }
}
