package org.storyline.clean.internal;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storyline.model.InputFormat;

class PageDecoderTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset KOI8_R = Charset.forName("KOI8-R");

    @Test
    void windows1252PageWithoutCharsetDecodesToTheRightCharacters() throws IOException {
        byte[] page;
        try (InputStream in = PageDecoderTest.class.getResourceAsStream("windows-1252-no-charset.html")) {
            page = in.readAllBytes();
        }
        String text = PageDecoder.decode(page, Optional.empty(), InputFormat.HTML);
        assertThat(text).contains("<title>Caf\u00e9 talks</title>")
                .contains("\u201cCaf\u00e9 society,\u201d she said \u2013 na\u00efve but right.")
                .doesNotContain("\uFFFD");
    }

    @Test
    void byteOrderMarkWinsOverEverything() {
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "<p>caf\u00e9</p>".getBytes(UTF_8));
        assertThat(PageDecoder.decode(utf8, Optional.of(WINDOWS_1252), InputFormat.HTML)).isEqualTo("<p>caf\u00e9</p>");
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "caf\u00e9".getBytes(UTF_16LE));
        assertThat(PageDecoder.decode(utf16, Optional.empty(), InputFormat.TEXT)).isEqualTo("caf\u00e9");
    }

    @Test
    void declaredCharsetWinsOverMetaAndContent() {
        String html = "<meta charset=\"utf-8\"><p>\u041f\u0440\u0438\u0432\u0435\u0442</p>";
        assertThat(PageDecoder.decode(html.getBytes(KOI8_R), Optional.of(KOI8_R), InputFormat.HTML))
                .isEqualTo(html);
    }

    @Test
    void declaredLatin1IsReadAsWindows1252() {
        byte[] text = {(byte) 0x93, 'h', 'i', (byte) 0x94};
        assertThat(PageDecoder.decode(text, Optional.of(ISO_8859_1), InputFormat.TEXT)).isEqualTo("\u201chi\u201d");
    }

    @Test
    void metaCharsetIsUsedForHtmlOnly() {
        String html = "<html><head><meta charset=\"koi8-r\"><title>\u041f\u0440\u0438\u0432\u0435\u0442</title>";
        byte[] bytes = html.getBytes(KOI8_R);
        assertThat(PageDecoder.decode(bytes, Optional.empty(), InputFormat.HTML)).isEqualTo(html);
        String httpEquiv = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>"
                + "\u201cq\u201d</p>";
        assertThat(PageDecoder.decode(httpEquiv.getBytes(WINDOWS_1252), Optional.empty(), InputFormat.HTML))
                .isEqualTo(httpEquiv);
    }

    @Test
    void metaBeyondTheFirstFourKilobytesIsIgnored() {
        String html = "<!--" + " ".repeat(5000) + "--><meta charset=\"koi8-r\"><p>caf\u00e9</p>";
        assertThat(PageDecoder.decode(html.getBytes(UTF_8), Optional.empty(), InputFormat.HTML))
                .isEqualTo(html);
    }

    @Test
    void validUtf8IsUtf8() {
        String text = "Na\u00efve caf\u00e9 \u2014 \u65e5\u672c\u8a9e";
        assertThat(PageDecoder.decode(text.getBytes(UTF_8), Optional.empty(), InputFormat.TEXT)).isEqualTo(text);
        assertThat(PageDecoder.decode(text.getBytes(UTF_8), Optional.empty(), InputFormat.HTML)).isEqualTo(text);
    }

    @Test
    void invalidUtf8DecodesWithReplacementInsteadOfFailing() {
        byte[] bytes = concat("ok ".getBytes(UTF_8), new byte[] {(byte) 0xC3, 0x28}, " end".getBytes(UTF_8));
        assertThat(PageDecoder.decode(bytes, Optional.of(UTF_8), InputFormat.TEXT))
                .startsWith("ok ").endsWith("( end").contains("\uFFFD");
    }

    @Test
    void undeclaredNonUtf8TextFallsBackToDetectionOrWindows1252() {
        byte[] text = "Caf\u00e9 \u201csoci\u00e9t\u00e9\u201d na\u00efve r\u00e9sum\u00e9".getBytes(WINDOWS_1252);
        assertThat(PageDecoder.decode(text, Optional.empty(), InputFormat.TEXT))
                .isEqualTo("Caf\u00e9 \u201csoci\u00e9t\u00e9\u201d na\u00efve r\u00e9sum\u00e9");
    }

    @Test
    void emptyInputDecodesToEmptyText() {
        assertThat(PageDecoder.decode(new byte[0], Optional.empty(), InputFormat.HTML)).isEmpty();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b, byte[] c) {
        return concat(concat(a, b), c);
    }
}
