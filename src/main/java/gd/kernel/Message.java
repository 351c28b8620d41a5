package gd.kernel;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One Jupyter message: the routing identities it came with (a ROUTER socket's), its header, the
 * header of the request it answers, metadata and content. {@link Wire} turns it into frames.
 */
final class Message {
    static final String PROTOCOL = "5.3";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    final List<byte[]> identities;
    final Map<String, Object> header, parent, metadata, content;

    Message(List<byte[]> identities, Map<String, Object> header, Map<String, Object> parent,
            Map<String, Object> metadata, Map<String, Object> content) {
        this.identities = List.copyOf(identities);
        this.header = header;
        this.parent = parent;
        this.metadata = metadata;
        this.content = content;
    }

    String type() { return String.valueOf(header.get("msg_type")); }

    /** A new message of this type answering (or published on behalf of) this one, sent back to the same identities. */
    Message reply(String type, Map<String, Object> content, String session) {
        return new Message(identities, header(type, session), header, new LinkedHashMap<>(), content);
    }

    static Map<String, Object> header(String type, String session) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("msg_id", UUID.randomUUID().toString());
        h.put("session", session);
        h.put("username", "gd");
        h.put("date", DATE.format(Instant.now()));
        h.put("msg_type", type);
        h.put("version", PROTOCOL);
        return h;
    }

    /** content.get(key) as a string, or the default when it is missing or not a string. */
    String text(String key, String otherwise) {
        return content.get(key) instanceof String s ? s : otherwise;
    }

    boolean flag(String key, boolean otherwise) {
        return content.get(key) instanceof Boolean b ? b : otherwise;
    }

    int number(String key, int otherwise) {
        return content.get(key) instanceof Number n ? n.intValue() : otherwise;
    }

    /** A small map literal: map("status", "ok", "found", true). */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }
}
