package org.storyline.ingest.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication day of a container's date field. The day is the one the date states in its own offset:
 * {@code 2024-03-01T23:30:00-05:00} is 1 March, not 2 March in UTC, because that is the day the outlet printed.
 */
final class HintDates {
    private static final Pattern RFC_822 = Pattern.compile(
            "^(?:[A-Za-z]{2,9},?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3})[A-Za-z]*\\.?[\\s-]+(\\d{2}|\\d{4})\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private HintDates() {}

    /** {@code YYYY-MM-DD} or an ISO-8601 date-time with or without offset; empty when it is neither. */
    static Optional<LocalDate> parseIso(String value) {
        String text = value.strip();
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeException e) {
            // not a plain date; try the date-time forms below
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toLocalDate());
        } catch (DateTimeException e) {
            // no offset; try a local date-time
        }
        try {
            return Optional.of(LocalDateTime.parse(text).toLocalDate());
        } catch (DateTimeException e) {
            // not local either; try a zone id
        }
        try {
            return Optional.of(ZonedDateTime.parse(text).toLocalDate());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** An ISO-8601 date or date-time, or an RFC 822 date as RSS uses ({@code Tue, 05 Mar 2024 10:00:00 GMT}). */
    static Optional<LocalDate> parseFeedDate(String value) {
        Optional<LocalDate> iso = parseIso(value);
        if (iso.isPresent()) {
            return iso;
        }
        Matcher m = RFC_822.matcher(value.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        if (month == null) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            year += year < 70 ? 2000 : 1900;
        }
        try {
            return Optional.of(LocalDate.of(year, month, Integer.parseInt(m.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
