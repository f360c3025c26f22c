package org.storyline.store;

import static java.util.Objects.requireNonNull;

/**
 * One column of a {@link StoreTable}: its name (the same in SQL, JSON Lines, CSV and Parquet) and its type.
 *
 * @param nullable whether the column may hold SQL NULL (JSON null, an empty CSV field)
 */
public record Column(String name, Type type, boolean nullable) {
    /** Value types, with the Java class a row holds for each. */
    public enum Type {
        /** {@link String}, short (names, ids, codes). */
        STRING,
        /** {@link String} of any length (article text, messages). */
        TEXT,
        /** {@link Integer}. */
        INT,
        /** {@link Long}. */
        LONG,
        /** {@link Double}. */
        DOUBLE,
        /** {@link Boolean}. */
        BOOLEAN,
        /** {@link java.time.LocalDate}. */
        DATE,
        /** {@code List<String>}, stored as a JSON array in SQL; a list in JSON Lines and Parquet, JSON text in CSV. */
        STRING_LIST
    }

    public Column {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("column name must be lower-case SQL identifier: " + name);
        }
    }

    static Column required(String name, Type type) {
        return new Column(name, type, false);
    }

    static Column optional(String name, Type type) {
        return new Column(name, type, true);
    }
}
