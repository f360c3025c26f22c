package org.storyline.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A political event reported in one sentence: its PLOVER type and CAMEO code, who did it to whom, when and where,
 * the trigger words and sentence it rests on, and whether the text denies it or only considers it.
 *
 * @param cameo        the CAMEO code ("112"), or empty when only the PLOVER type is known
 * @param date         the event's date: the sentence's own temporal expression, else the article's date
 * @param dateFromArticle whether {@code date} is the article's publication date rather than the sentence's own
 * @param location     a place the sentence gives for the event ("in eastern Aleppo"), if any
 * @param negated      the text says it did not happen ("did not rule out" is not negated; "denied that" is)
 * @param hypothetical threatened, intended, conditional or possible rather than reported as done
 */
public record EventMention(PloverType type, Optional<String> cameo, List<EventArgument> source,
        List<EventArgument> target, Optional<LocalDate> date, boolean dateFromArticle, Optional<String> location,
        TextSpan trigger, String triggerText, TextSpan sentence, boolean negated, boolean hypothetical) {
    public EventMention {
        requireNonNull(type, "type is null");
        requireNonNull(cameo, "cameo is null");
        source = List.copyOf(requireNonNull(source, "source is null"));
        target = List.copyOf(requireNonNull(target, "target is null"));
        requireNonNull(date, "date is null");
        requireNonNull(location, "location is null");
        requireNonNull(trigger, "trigger is null");
        requireNonNull(triggerText, "triggerText is null");
        requireNonNull(sentence, "sentence is null");
        if (triggerText.length() != trigger.length()) {
            throw new IllegalArgumentException("trigger text \"" + triggerText + "\" does not fit span " + trigger);
        }
        if (trigger.start() < sentence.start() || trigger.end() > sentence.end()) {
            throw new IllegalArgumentException("trigger " + trigger + " lies outside its sentence " + sentence);
        }
    }
}
