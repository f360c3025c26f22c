package org.storyline.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Guesses what a file holds from its first bytes: a compressed stream, a binary file that is not text at all, or one
 * of the text formats Storyline reads.
 */
final class Sniffer {
    /** How many leading bytes are inspected. */
    static final int PREFIX_BYTES = 1024;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] GIF = {'G', 'I', 'F', '8'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] WEBP_RIFF = {'R', 'I', 'F', 'F'};
    private static final byte[] ELF = {0x7F, 'E', 'L', 'F'};
    private static final byte[] SEVEN_ZIP = {'7', 'z', (byte) 0xBC, (byte) 0xAF};
    private static final byte[] BZIP2 = {'B', 'Z', 'h'};
    private static final byte[] ZSTD = {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD};

    private Sniffer() {}

    /** Up to {@link #PREFIX_BYTES} leading bytes of the stream (fewer only at its end). */
    static byte[] readPrefix(InputStream in) throws IOException {
        return in.readNBytes(PREFIX_BYTES);
    }

    static boolean isGzip(byte[] prefix) {
        return prefix.length >= 2 && (prefix[0] & 0xFF) == 0x1F && (prefix[1] & 0xFF) == 0x8B;
    }

    /** What kind of binary file the bytes start like, ignoring NUL bytes (see {@link #binaryKind}). */
    static Optional<String> binaryMagic(byte[] prefix) {
        if (startsWith(prefix, PNG)) {
            return Optional.of("a PNG image");
        }
        if (startsWith(prefix, PDF)) {
            return Optional.of("a PDF document");
        }
        if (startsWith(prefix, ZIP)) {
            return Optional.of("a ZIP archive");
        }
        if (startsWith(prefix, GIF)) {
            return Optional.of("a GIF image");
        }
        if (startsWith(prefix, JPEG)) {
            return Optional.of("a JPEG image");
        }
        if (startsWith(prefix, WEBP_RIFF)) {
            return Optional.of("a RIFF media file");
        }
        if (startsWith(prefix, ELF)) {
            return Optional.of("an executable");
        }
        if (startsWith(prefix, SEVEN_ZIP) || startsWith(prefix, BZIP2) || startsWith(prefix, ZSTD)) {
            return Optional.of("an archive compressed with a method other than gzip");
        }
        return Optional.empty();
    }

    /**
     * What kind of binary content the bytes start like: a known magic number, or NUL bytes (which no text or HTML
     * file holds unless it is UTF-16 or UTF-32 with a byte-order mark).
     */
    static Optional<String> binaryKind(byte[] prefix) {
        Optional<String> magic = binaryMagic(prefix);
        if (magic.isPresent() || hasUnicodeWideBom(prefix)) {
            return magic;
        }
        int end = Math.min(prefix.length, PREFIX_BYTES);
        for (int i = 0; i < end; i++) {
            if (prefix[i] == 0) {
                return Optional.of("binary data (NUL bytes in the first " + PREFIX_BYTES + " bytes)");
            }
        }
        return Optional.empty();
    }

    /** The text format the bytes start like, if any. */
    static Optional<InputType> textFormat(byte[] prefix) {
        String head = new String(prefix, StandardCharsets.ISO_8859_1);
        if (head.startsWith("\u00EF\u00BB\u00BF")) {
            head = head.substring(3);
        }
        head = head.stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("warc/")) {
            return Optional.of(InputType.WARC);
        }
        if (head.startsWith("{")) {
            return Optional.of(InputType.JSONL);
        }
        if (head.startsWith("<rss") || head.startsWith("<feed") || head.startsWith("<rdf:rdf")) {
            return Optional.of(InputType.FEED);
        }
        if (head.startsWith("<html") || head.startsWith("<!doctype html")) {
            return Optional.of(InputType.HTML);
        }
        if (head.startsWith("<?xml")) {
            if (head.contains("<html") || head.contains("<!doctype html")) {
                return Optional.of(InputType.HTML);
            }
            return Optional.of(InputType.FEED);
        }
        if (head.startsWith("<!doctype") || head.startsWith("<head") || head.startsWith("<body")) {
            return Optional.of(InputType.HTML);
        }
        return Optional.empty();
    }

    private static boolean hasUnicodeWideBom(byte[] prefix) {
        return prefix.length >= 2 && (((prefix[0] & 0xFF) == 0xFE && (prefix[1] & 0xFF) == 0xFF)
                || ((prefix[0] & 0xFF) == 0xFF && (prefix[1] & 0xFF) == 0xFE)
                || (prefix.length >= 4 && prefix[0] == 0 && prefix[1] == 0 && (prefix[2] & 0xFF) == 0xFE
                        && (prefix[3] & 0xFF) == 0xFF));
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }
}
