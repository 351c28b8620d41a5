package gd.session;

import gd.eval.UserFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reading a script, for the command line and the REPL's :load alike: strictly UTF-8 (a leading
 * byte-order mark dropped), and a plain reason when it cannot be read.
 */
public final class ScriptFile {
    private ScriptFile() {}

    /** Why a script could not be read, with the exit code (sysexits) that says so. */
    public static final class Unreadable extends Exception {
        public final int code;
        /** Whether the message already starts with its FILE:LINE:COL: error: place. */
        public final boolean placed;

        public Unreadable(int code, String message, boolean placed) {
            super(message, null, false, false);
            this.code = code;
            this.placed = placed;
        }
    }

    /**
     * The most gd reads as one script (a file, :load, standard input): far beyond any script a
     * person writes, and small enough that reading and parsing it fits in memory. A larger input
     * (or an endless one such as /dev/zero) is refused after reading this much, not read whole.
     */
    public static final int MAX_BYTES = 16 << 20;

    public static String read(String name) throws Unreadable {
        Path path = UserFiles.path(name);
        if (path == null)
            throw new Unreadable(66, "cannot open '" + name + "': this system cannot name such a file", false);
        if (Files.isDirectory(path))
            throw new Unreadable(66, "cannot read '" + name + "': it is a directory; give a .gd file", false);
        try (InputStream in = Files.newInputStream(path)) {
            return decode(bounded(in, name), name);
        } catch (NoSuchFileException e) {
            throw new Unreadable(66, "cannot open '" + name + "': no such file", false);
        } catch (IOException e) {
            throw new Unreadable(74, "cannot read '" + name + "': " + UserFiles.reason(e), false);
        }
    }

    /** Standard input as a script named &lt;stdin&gt;. */
    public static String read(InputStream in, String name) throws Unreadable {
        try {
            return decode(bounded(in, name), name);
        } catch (IOException e) {
            throw new Unreadable(74, "cannot read standard input: " + UserFiles.reason(e), false);
        }
    }

    private static byte[] bounded(InputStream in, String name) throws IOException, Unreadable {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES)
            throw new Unreadable(65, "cannot run '" + name + "': it is larger than " + (MAX_BYTES >> 20)
                    + " MB, the most gd reads as one script", false);
        return bytes;
    }

    /** The bytes as UTF-8 text, or a failure that says where the first byte that is not UTF-8 stands. */
    public static String decode(byte[] bytes, String name) throws Unreadable {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
        out.flip();
        if (!r.isError()) {
            String text = out.toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
        int line = 1, col = 1;
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) == '\n') { line++; col = 1; } else col++;
        }
        throw new Unreadable(65, name + ":" + line + ":" + col + ": error: this file is not UTF-8 text (byte 0x"
                + String.format("%02X", bytes[in.position()] & 0xFF) + " here); save it as UTF-8", true);
    }
}
