package gd.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON the Jupyter protocol needs: objects as LinkedHashMap (keys keep their order),
 * arrays as List, strings, numbers (Long or Double), booleans and null. One small reader and
 * writer here rather than a JSON library: the protocol's messages are small and flat.
 */
final class Json {
    private final String text;
    private int at;

    private Json(String text) { this.text = text; }

    /** Thrown for text that is not JSON. */
    static final class Malformed extends RuntimeException {
        Malformed(String message) { super(message); }
    }

    static Object parse(String text) {
        Json j = new Json(text);
        Object v = j.value();
        j.space();
        if (j.at != text.length()) throw j.fail("extra text after the value");
        return v;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String text) {
        if (parse(text) instanceof Map<?, ?> m) return (Map<String, Object>) m;
        throw new Malformed("expected a JSON object");
    }

    private Object value() {
        space();
        if (at >= text.length()) throw fail("unexpected end");
        char c = text.charAt(at);
        if (c == '{') return obj();
        if (c == '[') return array();
        if (c == '"') return string();
        if (text.startsWith("true", at)) { at += 4; return Boolean.TRUE; }
        if (text.startsWith("false", at)) { at += 5; return Boolean.FALSE; }
        if (text.startsWith("null", at)) { at += 4; return null; }
        return number();
    }

    private Map<String, Object> obj() {
        Map<String, Object> m = new LinkedHashMap<>();
        at++;
        space();
        if (peek('}')) return m;
        do {
            space();
            if (!(at < text.length() && text.charAt(at) == '"')) throw fail("expected a key");
            String key = string();
            space();
            expect(':');
            m.put(key, value());
            space();
        } while (take(','));
        expect('}');
        return m;
    }

    private List<Object> array() {
        List<Object> l = new ArrayList<>();
        at++;
        space();
        if (peek(']')) return l;
        do l.add(value()); while (take(','));
        expect(']');
        return l;
    }

    private String string() {
        StringBuilder sb = new StringBuilder();
        at++;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') return sb.toString();
            if (c != '\\') { sb.append(c); continue; }
            if (at >= text.length()) break;
            char e = text.charAt(at++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    if (at + 4 > text.length()) throw fail("a short \\u escape");
                    sb.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> sb.append(e);
            }
        }
        throw fail("an unterminated string");
    }

    private Number number() {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) at++;
        String n = text.substring(start, at);
        if (n.isEmpty()) throw fail("unexpected '" + text.charAt(start) + "'");
        try {
            return n.contains(".") || n.contains("e") || n.contains("E") ? (Number) Double.parseDouble(n)
                    : (Number) Long.parseLong(n);
        } catch (NumberFormatException e) {
            throw fail("a bad number '" + n + "'");
        }
    }

    private void space() { while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++; }
    private boolean peek(char c) {
        if (at < text.length() && text.charAt(at) == c) { at++; return true; } return false;
    }
    private boolean take(char c) { space(); return peek(c); }
    private void expect(char c) { space(); if (!peek(c)) throw fail("expected '" + c + "'"); }
    private Malformed fail(String what) { return new Malformed("bad JSON at character " + at + ": " + what); }

    /** The value as JSON text. */
    static String write(Object v) {
        StringBuilder sb = new StringBuilder();
        write(v, sb);
        return sb.toString();
    }

    private static void write(Object v, StringBuilder sb) {
        if (v == null) sb.append("null");
        else if (v instanceof String s) quote(s, sb);
        else if (v instanceof Boolean || v instanceof Long || v instanceof Integer) sb.append(v);
        else if (v instanceof Number n) sb.append(Double.isFinite(n.doubleValue()) ? n.toString() : "null");
        else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) sb.append(',');
                first = false;
                quote(String.valueOf(e.getKey()), sb);
                sb.append(':');
                write(e.getValue(), sb);
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) sb.append(',');
                write(l.get(i), sb);
            }
            sb.append(']');
        } else throw new IllegalArgumentException("no JSON form for " + v.getClass());
    }

    private static void quote(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }
}
