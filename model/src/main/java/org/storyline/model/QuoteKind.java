package org.storyline.model;

/** How a quotation reports speech: a quoted sentence or more, a quoted fragment in the reporter's sentence, or reported speech without quotation marks. */
public enum QuoteKind {
    DIRECT, PARTIAL, INDIRECT;

    /** The contract's lower-case name. */
    public String contractName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
