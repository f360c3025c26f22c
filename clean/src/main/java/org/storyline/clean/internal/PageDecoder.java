package org.storyline.clean.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;
import org.storyline.model.InputFormat;

/**
 * Turns a page's bytes into text, choosing the charset in this order:
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16 BE/LE), which nothing overrides;</li>
 *   <li>the charset the container declared (HTTP Content-Type, feed, JSONL);</li>
 *   <li>HTML only: {@code <meta charset>} or {@code <meta http-equiv="content-type">} within the first 4 KB;</li>
 *   <li>UTF-8, when the bytes are valid UTF-8;</li>
 *   <li>the juniversalchardet detector (only reached when the bytes are not valid UTF-8);</li>
 *   <li>windows-1252.</li>
 * </ol>
 * Bytes that are invalid in the chosen charset decode to U+FFFD; decoding never fails.
 *
 * <p>Design decision: as browsers do (WHATWG Encoding), a declared ISO-8859-1 or US-ASCII is read as windows-1252,
 * its superset (pages labelled latin-1 routinely hold curly quotes at 0x93/0x94), and a {@code <meta>} claiming
 * UTF-16 is read as UTF-8, since the meta tag itself could only be found in an ASCII-compatible encoding.
 */
public final class PageDecoder {
    /** How far into a page a {@code <meta>} charset declaration is looked for. */
    public static final int META_SCAN_BYTES = 4096;

    private static final int DETECTOR_SAMPLE_BYTES = 64 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);

    private PageDecoder() {}

    public static String decode(byte[] bytes, Optional<Charset> declared, InputFormat format) {
        int bomLength = bomLength(bytes);
        if (bomLength > 0) {
            Charset bomCharset = bomCharset(bytes);
            return decodeLeniently(bytes, bomLength, bomCharset);
        }
        if (declared.isPresent()) {
            return decodeLeniently(bytes, 0, browserEquivalent(declared.get()));
        }
        if (format == InputFormat.HTML) {
            Optional<Charset> meta = metaCharset(bytes);
            if (meta.isPresent()) {
                return decodeLeniently(bytes, 0, meta.get());
            }
        }
        Optional<String> utf8 = strictUtf8(bytes);
        if (utf8.isPresent()) {
            return utf8.get();
        }
        return decodeLeniently(bytes, 0, detect(bytes).orElse(WINDOWS_1252));
    }

    /** The charset named by a {@code <meta>} tag in the first {@link #META_SCAN_BYTES} bytes, if it is one Java has. */
    static Optional<Charset> metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        while (m.find()) {
            Optional<Charset> charset = forName(m.group(1));
            if (charset.isPresent()) {
                Charset c = charset.get();
                if (c.name().startsWith("UTF-16") || c.name().startsWith("UTF-32")) {
                    return Optional.of(StandardCharsets.UTF_8);
                }
                return Optional.of(browserEquivalent(c));
            }
        }
        return Optional.empty();
    }

    private static Optional<Charset> detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, DETECTOR_SAMPLE_BYTES));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return Optional.empty();
        }
        return forName(name).map(PageDecoder::browserEquivalent)
                .filter(c -> !c.equals(StandardCharsets.UTF_8));
    }

    /**
     * The bytes as UTF-8 when they are valid UTF-8. Decoding with replacement and looking for U+FFFD is several
     * times faster than a reporting {@code CharsetDecoder}; a U+FFFD that the page itself encodes (EF BF BD) is told
     * apart by looking for those bytes.
     */
    private static Optional<String> strictUtf8(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') < 0) {
            return Optional.of(s);
        }
        return encodesReplacementCharacter(bytes) && strictUtf8Slow(bytes) ? Optional.of(s) : Optional.empty();
    }

    private static boolean encodesReplacementCharacter(byte[] b) {
        for (int i = 0; i + 2 < b.length; i++) {
            if (b[i] == (byte) 0xEF && b[i + 1] == (byte) 0xBF && b[i + 2] == (byte) 0xBD) {
                return true;
            }
        }
        return false;
    }

    private static boolean strictUtf8Slow(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String decodeLeniently(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    private static Charset browserEquivalent(Charset charset) {
        String name = charset.name();
        if (name.equals("ISO-8859-1") || name.equals("US-ASCII")) {
            return WINDOWS_1252;
        }
        return charset;
    }

    private static Optional<Charset> forName(String name) {
        try {
            return Optional.of(Charset.forName(name.trim().toLowerCase(Locale.ROOT)));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static int bomLength(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (b.length >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
                || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE))) {
            return 2;
        }
        return 0;
    }

    private static Charset bomCharset(byte[] b) {
        if ((b[0] & 0xFF) == 0xEF) {
            return StandardCharsets.UTF_8;
        }
        return (b[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
    }
}
