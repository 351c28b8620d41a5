package gd.kernel;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The Jupyter wire format: [identities..., "&lt;IDS|MSG&gt;", HMAC, header, parent_header, metadata,
 * content, buffers...], the HMAC-SHA256 (hex) taken over the four JSON frames with the
 * connection file's key. An empty key means no signing, as the protocol allows.
 */
final class Wire {
    static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);
    private final byte[] key;

    Wire(String key) { this.key = key.getBytes(StandardCharsets.UTF_8); }

    /** Thrown for frames that are not a well-formed, correctly signed message. */
    static final class Rejected extends Exception {
        Rejected(String why) { super(why); }
    }

    List<byte[]> frames(Message m) {
        List<byte[]> out = new ArrayList<>(m.identities);
        byte[][] parts = {utf8(Json.write(m.header)), utf8(Json.write(m.parent)), utf8(Json.write(m.metadata)),
                utf8(Json.write(m.content))};
        out.add(DELIMITER);
        out.add(sign(parts));
        for (byte[] p : parts) out.add(p);
        return out;
    }

    Message message(List<byte[]> frames) throws Rejected {
        int d = 0;
        while (d < frames.size() && !java.util.Arrays.equals(frames.get(d), DELIMITER)) d++;
        if (frames.size() < d + 6) throw new Rejected("not a Jupyter message (" + frames.size() + " frames)");
        byte[][] parts = {frames.get(d + 2), frames.get(d + 3), frames.get(d + 4), frames.get(d + 5)};
        if (!MessageDigest.isEqual(sign(parts), frames.get(d + 1)))
            throw new Rejected("a message with a bad signature");
        try {
            return new Message(frames.subList(0, d), object(parts[0]), object(parts[1]), object(parts[2]),
                    object(parts[3]));
        } catch (Json.Malformed e) {
            throw new Rejected(e.getMessage());
        }
    }

    private static Map<String, Object> object(byte[] frame) {
        return Json.object(new String(frame, StandardCharsets.UTF_8));
    }

    private byte[] sign(byte[][] parts) {
        if (key.length == 0) return new byte[0];
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (byte[] p : parts) mac.update(p);
            return utf8(HexFormat.of().formatHex(mac.doFinal()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }
}
