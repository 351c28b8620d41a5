package gd.handout;

import gd.eval.AtomicFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A transcript as a document: comments as prose ("# --- Title" a heading), code as code blocks,
 * expressions as display math, printed text as output, charts as PNG files beside the document
 * (NAME-1.png, ...), asserts as checks. Three versions: the handout (everything), the exercises
 * (each assert's expected answer left blank, its check and every result of it left out), and the
 * answer key (only the exercises, with their answers and checks).
 */
final class Handout {
    enum Version { FULL, EXERCISES, ANSWERS }

    private Handout() {}

    /** Writes the document and its pictures; returns how many pictures were written. */
    static int write(Transcript t, Format f, Version v, String title, Path out) throws IOException {
        StringBuilder doc = new StringBuilder();
        f.begin(doc, v == Version.FULL ? title : title + (v == Version.EXERCISES ? ": exercises" : ": answer key"));
        String stem = out.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        List<Path> pictures = new ArrayList<>();
        StringBuilder code = new StringBuilder();      // consecutive pieces that show nothing share one code block
        for (Piece p : t.pieces) {
            if (v == Version.ANSWERS && !p.isExercise()) continue;
            if (!p.comments().isEmpty()) flush(doc, f, code);
            prose(doc, f, p.comments());
            if (p.code().isEmpty()) continue;
            if (v == Version.EXERCISES || !p.onlyChecks())
                code.append(code.length() > 0 ? "\n" : "").append(v == Version.EXERCISES ? p.exercise() : p.code());
            if (v == Version.EXERCISES && p.isExercise()) continue;
            if (!p.items().isEmpty()) flush(doc, f, code);
            for (Piece.Item item : p.items()) {
                if (item instanceof Piece.Image img) {
                    Path file = out.resolveSibling(stem + "-" + (pictures.size() + 1) + ".png");
                    byte[] png = img.picture().png();
                    AtomicFile.write(file, tmp -> Files.write(tmp, png));
                    pictures.add(file);
                    f.image(doc, file.getFileName().toString(), "chart " + pictures.size());
                } else item(doc, f, item);
            }
        }
        flush(doc, f, code);
        f.end(doc);
        String text = doc.toString();
        AtomicFile.write(out, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
        return pictures.size();
    }

    private static void flush(StringBuilder doc, Format f, StringBuilder code) {
        if (code.length() > 0) f.code(doc, code.toString());
        code.setLength(0);
    }

    private static void item(StringBuilder doc, Format f, Piece.Item item) {
        if (item instanceof Piece.Text t) f.output(doc, t.text());
        else if (item instanceof Piece.Math m) f.math(doc, m.latex());
        else if (item instanceof Piece.Check c) f.check(doc, c.code(), c.passed(), c.message());
        else if (item instanceof Piece.Error e) f.error(doc, e.rendered());
        else throw new AssertionError(item);
    }

    /** Comment lines: "# --- Title" (or "# ## Title") a heading, runs of other lines paragraphs, a blank or bare '#' line between them. */
    private static void prose(StringBuilder doc, Format f, List<String> comments) {
        StringBuilder para = new StringBuilder();
        for (String line : comments) {
            String text = line.strip().replaceFirst("^#+ ?", "");
            boolean heading = text.startsWith("--- ") || text.startsWith("## ");
            if (heading || text.isBlank()) {
                if (para.length() > 0) f.paragraph(doc, para.toString());
                para.setLength(0);
                if (heading) f.heading(doc, text.replaceFirst("^(---|##) +", "").replaceFirst(" *-*$", ""));
            } else para.append(para.length() > 0 ? " " : "").append(text);
        }
        if (para.length() > 0) f.paragraph(doc, para.toString());
    }
}
