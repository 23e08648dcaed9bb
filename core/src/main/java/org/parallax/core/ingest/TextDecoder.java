package org.parallax.core.ingest;

import org.parallax.core.CorpusException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads UTF-8 text files the way a corpus tool must: a byte-order mark is removed, line breaks
 * (LF, CRLF, CR) are kept exactly so that offsets map back to the original lines, files with NUL bytes
 * are rejected as binary, and invalid UTF-8 is an error naming the file, the byte offset and the line
 * &mdash; or, in the explicit lenient mode, replaced by U+FFFD and counted.
 *
 * <p>Decoding streams over the bytes once; an ASCII file is turned into a compact string without an
 * intermediate {@code char[]}.
 *
 * <pre>{@code
 * String text = TextDecoder.strict().decode(Path.of("seeds/en-essay.txt")).text();
 * DecodedText fixed = TextDecoder.lenient().decode(bytes, Path.of("broken.txt"));
 * fixed.replacements(); // how many bad sequences were replaced
 * }</pre>
 */
public final class TextDecoder {
    private static final TextDecoder STRICT = new TextDecoder(false, true);
    private static final TextDecoder LENIENT = new TextDecoder(true, false);
    private static final TextDecoder DATA = new TextDecoder(false, false);
    private final boolean lenient;
    private final boolean lenientHint;

    private TextDecoder(boolean lenient, boolean lenientHint) {
        this.lenient = lenient;
        this.lenientHint = lenientHint;
    }

    /**
     * The text of a data file that has no lenient mode (a lexicon, a dictionary, a frequency list): strict
     * UTF-8, the BOM removed, an error naming the file, the line and the byte offset of the first bad byte.
     */
    public static String strictText(byte[] bytes, Path file) {
        return DATA.decode(bytes, file).text();
    }

    /** Invalid UTF-8 is an error. */
    public static TextDecoder strict() { return STRICT; }

    /** Invalid UTF-8 is replaced by U+FFFD and counted in {@link DecodedText#replacements()}. */
    public static TextDecoder lenient() { return LENIENT; }

    /** Whether this decoder repairs invalid UTF-8. */
    public boolean isLenient() { return lenient; }

    /** Reads and decodes a file. */
    public DecodedText decode(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw CorpusException.inFile(file, "cannot read file: " + e.getMessage(), e);
        }
        return decode(bytes, file);
    }

    /** Decodes bytes; {@code file} is only used to name the source in error messages (may be null). */
    public DecodedText decode(byte[] bytes, Path file) {
        int start = 0;
        boolean bom = false;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
            bom = true;
        }
        boolean ascii = true;
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == 0) {
                throw CorpusException.atByte(file, i, lineAt(bytes, i),
                        "NUL byte: this looks like a binary file (or UTF-16 text), not UTF-8 text");
            }
            if (b < 0) ascii = false;
        }
        if (ascii) {
            return new DecodedText(new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1), bom, 0, -1);
        }
        // validate (and in lenient mode count repairs) in one streaming pass without keeping the chars
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(8192);
        int replacements = 0;
        long firstBad = -1;
        while (true) {
            CoderResult r = in.hasRemaining() ? dec.decode(in, out, true) : dec.flush(out);
            if (r.isError()) {
                int pos = in.position();
                if (!lenient) {
                    throw CorpusException.atByte(file, pos, lineAt(bytes, pos),
                            "invalid UTF-8 (" + describe(bytes, pos, r.length()) + ")" + (lenientHint
                                    ? "; use the lenient mode (--lenient) to replace bad bytes with U+FFFD" : ""));
                }
                if (firstBad < 0) firstBad = pos;
                replacements++;
                in.position(pos + r.length());
                continue;
            }
            if (r.isOverflow()) { out.clear(); continue; }
            if (!in.hasRemaining()) {
                if (dec.flush(out).isOverflow()) { out.clear(); continue; }
                break;
            }
        }
        String text;
        if (replacements == 0) {
            text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        } else {
            CharsetDecoder rep = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            try {
                text = rep.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                throw CorpusException.inFile(file, "cannot decode: " + e.getMessage(), e);
            }
        }
        return new DecodedText(text, bom, replacements, firstBad);
    }

    private static String describe(byte[] bytes, int pos, int len) {
        StringBuilder sb = new StringBuilder("bytes");
        for (int i = pos; i < Math.min(bytes.length, pos + Math.max(1, len)); i++) {
            sb.append(String.format(" %02X", bytes[i] & 0xFF));
        }
        return sb.toString();
    }

    /** 1-based line of a byte offset, counting LF, CRLF and CR as line breaks. */
    static long lineAt(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '\n') line++;
            else if (b == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) line++;
        }
        return line;
    }
}
