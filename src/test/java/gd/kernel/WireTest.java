package gd.kernel;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The wire format and its HMAC-SHA256 signature, and the JSON under it. */
class WireTest {
    private static byte[] b(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    @Test void signsTheFourJsonFramesWithHmacSha256() throws Exception {
        // The signature of {} {} {} {} with key "secret", computed independently (Python: hmac.new(b"secret", b"{}"*4, "sha256").hexdigest()).
        List<byte[]> frames = List.of(b("id"), Wire.DELIMITER, b("34982f0bfec60e7b933ffde06c1ecab0fba073717a95ab943d1dd06f82c2d5e4"),
                b("{}"), b("{}"), b("{}"), b("{}"));
        Wire wire = new Wire("secret");
        List<byte[]> made = wire.frames(new Message(List.of(b("id")), Map.of(), Map.of(), Map.of(), Map.of()));
        assertEquals(new String(frames.get(2)), new String(made.get(2)), "the signature");
        Message m = wire.message(made);
        assertArrayEquals(b("id"), m.identities.get(0));
    }

    @Test void rejectsABadSignatureAndAcceptsNoneWithoutAKey() throws Exception {
        Wire wire = new Wire("secret");
        List<byte[]> frames = new ArrayList<>(wire.frames(new Message(List.of(), Map.of("msg_type", "x"), Map.of(), Map.of(), Map.of())));
        frames.set(1, b("0".repeat(64)));
        assertThrows(Wire.Rejected.class, () -> wire.message(frames));
        Wire open = new Wire("");
        List<byte[]> unsigned = open.frames(new Message(List.of(), Map.of("msg_type", "x"), Map.of(), Map.of(), Map.of()));
        assertEquals(0, unsigned.get(1).length);
        assertEquals("x", open.message(unsigned).type());
        assertThrows(Wire.Rejected.class, () -> open.message(List.of(b("just one frame"))));
    }

    @Test void jsonReadsWhatItWrites() {
        Map<String, Object> m = Message.map("s", "a \"q\" \\ \n\t\u0001 é ⠶", "n", 3L, "f", 0.5, "t", true, "z", null, "l", List.of(1L, "two", List.of()));
        assertEquals(m, Json.parse(Json.write(m)));
        assertEquals(Map.of("k", List.of(1L, -2.5e3, "\u00e9")), Json.parse(" { \"k\" : [1, -2.5e3, \"\\u00e9\"] } "));
        assertThrows(Json.Malformed.class, () -> Json.parse("{\"k\": }"));
        assertThrows(Json.Malformed.class, () -> Json.parse("[1, 2] extra"));
        assertThrows(Json.Malformed.class, () -> Json.parse("\"open"));
    }
}
