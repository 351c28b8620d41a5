package gd.handout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** KaTeX's script and style from its webjar on the class path, the fonts inlined (woff2 only) so a page needs no other file. */
final class Katex {
    private static final String DIST = "/META-INF/resources/webjars/katex/0.16.4/dist/";
    private static final Pattern FONT = Pattern.compile("url\\(fonts/([A-Za-z0-9_-]+)\\.woff2\\) "
            + "format\\(\"woff2\"\\)(,url\\(fonts/[^)]+\\) format\\(\"[a-z]+\"\\))*");

    private Katex() {}

    static String js() { return text("katex.min.js"); }

    static String css() {
        Matcher m = FONT.matcher(text("katex.min.css"));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String data = Base64.getEncoder().encodeToString(bytes("fonts/" + m.group(1) + ".woff2"));
            m.appendReplacement(sb, Matcher.quoteReplacement("url(data:font/woff2;base64," + data
                    + ") format(\"woff2\")"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String text(String name) { return new String(bytes(name), StandardCharsets.UTF_8); }

    private static byte[] bytes(String name) {
        try (InputStream in = Katex.class.getResourceAsStream(DIST + name)) {
            if (in == null)
                throw new UncheckedIOException(new IOException("KaTeX's " + name + " is missing from the class path"));
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
