package org.storyline.events;

import java.util.Locale;

/** How a trigger pattern inflects: as a verb phrase ("hold talks") or a noun phrase ("air strike"). */
public enum PartOfSpeech {
    VERB, NOUN;

    /** The name used in trigger files: "verb" or "noun". */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value named {@code name} in a trigger file, "verb" or "noun". */
    public static PartOfSpeech ofFileName(String name) {
        for (PartOfSpeech p : values()) {
            if (p.fileName().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("pos must be \"verb\" or \"noun\", not \"" + name + "\"");
    }
}
