package org.storyline.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.storyline.model.Actor;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Annotations;
import org.storyline.model.CleanArticle;
import org.storyline.model.EntityMention;
import org.storyline.model.EntityType;
import org.storyline.model.EventArgument;
import org.storyline.model.EventMention;
import org.storyline.model.PloverType;
import org.storyline.model.QuoteKind;
import org.storyline.model.QuoteMention;
import org.storyline.model.Speaker;
import org.storyline.model.TextSpan;

/** Hand-built annotated articles for the stories tests (no NLP): entities are found by their names in the text. */
final class Articles {
    private final String id;
    private final String text;
    private String outlet = "Test Wire";
    private LocalDate published = LocalDate.of(2025, 3, 10);
    private String title = "";
    private final List<String> countries = new ArrayList<>();
    private final List<EventMention> events = new ArrayList<>();
    private final List<QuoteMention> quotes = new ArrayList<>();

    private Articles(String id, String text) {
        this.id = id;
        this.text = text;
    }

    static Articles article(String id, String text) {
        return new Articles(id, text);
    }

    Articles outlet(String outlet) {
        this.outlet = outlet;
        return this;
    }

    Articles published(LocalDate day) {
        this.published = day;
        return this;
    }

    Articles title(String title) {
        this.title = title;
        return this;
    }

    /** Country names to mark as COUNTRY entities (every occurrence) with actor {@code country:<name>}. */
    Articles countries(String... names) {
        countries.addAll(List.of(names));
        return this;
    }

    /** An event of {@code type} on {@code day} whose sentence contains {@code trigger}. */
    Articles event(PloverType type, LocalDate day, String trigger) {
        int t = text.indexOf(trigger);
        if (t < 0) {
            throw new IllegalArgumentException("trigger not in text: " + trigger);
        }
        int start = Math.max(text.lastIndexOf(". ", t) + 2, 0);
        if (start == 1) {
            start = 0;
        }
        int end = text.indexOf('.', t + trigger.length());
        end = end < 0 ? text.length() : end + 1;
        events.add(new EventMention(type, Optional.empty(), List.of(new EventArgument("X", new TextSpan(0, 0),
                Optional.of("country:x"), Optional.empty(), Optional.empty())), List.of(), Optional.of(day), false,
                Optional.empty(), new TextSpan(t, t + trigger.length()), trigger, new TextSpan(start, end), false,
                false));
        return this;
    }

    /** A direct quote of {@code words} (which must occur in the text) by {@code speaker}. */
    Articles quote(String words, String speaker) {
        int q = text.indexOf(words);
        if (q < 0) {
            throw new IllegalArgumentException("quote not in text: " + words);
        }
        quotes.add(new QuoteMention(new TextSpan(q, q + words.length()), words, QuoteKind.DIRECT,
                Optional.of(new Speaker(speaker, Optional.empty()))));
        return this;
    }

    AnnotatedArticle build() {
        List<EntityMention> entities = new ArrayList<>();
        List<Optional<String>> entityActors = new ArrayList<>();
        List<Actor> actors = new ArrayList<>();
        for (String name : countries) {
            String actorId = "country:" + name.toLowerCase(Locale.ROOT);
            actors.add(new Actor(actorId, name, EntityType.COUNTRY, List.of(name), Optional.empty(), Optional.empty()));
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
                entities.add(new EntityMention(new TextSpan(i, i + name.length()), name, EntityType.COUNTRY));
                entityActors.add(Optional.of(actorId));
            }
        }
        var clean = new CleanArticle(id, "test/" + id, title.isEmpty() ? Optional.empty() : Optional.of(title),
                Optional.ofNullable(published), Optional.ofNullable(outlet), List.of(), Optional.of("en"),
                Optional.empty(), text);
        List<Optional<String>> speakerActors = quotes.stream().map(q -> Optional.<String>empty()).toList();
        return new AnnotatedArticle(clean, Optional.of(new Annotations(entities, entityActors, actors, quotes,
                speakerActors, List.of(), events)));
    }
}
