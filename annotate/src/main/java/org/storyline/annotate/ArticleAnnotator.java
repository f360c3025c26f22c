package org.storyline.annotate;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.storyline.model.Actor;
import org.storyline.model.Annotations;
import org.storyline.model.EntityType;
import org.storyline.model.CleanArticle;
import org.storyline.model.QuoteMention;

/**
 * The NLP stage over one cleaned article: entities (from the given recognizer), actors, quotations with speakers and
 * dates, each as spans into the article's text. Stateless; thread-safe when the recognizer is.
 */
public final class ArticleAnnotator {
    private final EntityRecognizer recognizer;
    private final QuoteAnnotator quotes = new QuoteAnnotator();
    private final TemporalExpressionAnnotator dates = new TemporalExpressionAnnotator();
    private final ActorResolver actors = new ActorResolver();

    public ArticleAnnotator(EntityRecognizer recognizer) {
        this.recognizer = requireNonNull(recognizer, "recognizer is null");
    }

    public Annotations annotate(CleanArticle article) {
        String text = article.text();
        ActorResolver.Result resolved = actors.resolve(text, recognizer.recognize(text));
        List<Actor> all = new ArrayList<>(resolved.actors());
        List<QuoteMention> found = quotes.annotate(text);
        List<Optional<String>> speakerActors = new ArrayList<>();
        for (QuoteMention q : found) {
            speakerActors.add(q.speaker().flatMap(s -> ActorResolver.actorOf(s.name(), all)
                    .or(() -> governmentOrGroup(s.name(), all))));
        }
        return new Annotations(resolved.entities(), resolved.entityActors(), all, found, speakerActors,
                dates.annotate(text, article.published()));
    }

    /**
     * A speaker that names no entity's actor but names a country's seat ("the Kremlin said"), a country, a known
     * organisation or a group with a known country and sector ("Syrian rebel factions"): an actor made for it and
     * added to the article's actors.
     */
    private Optional<String> governmentOrGroup(String speaker, List<Actor> all) {
        ActorKnowledge k = ActorKnowledge.shared();
        Optional<String> seat = k.seat(speaker);
        ActorKnowledge.Profile profile = k.profile(speaker);
        if (seat.isEmpty() && profile.country().isEmpty() && profile.sector().isEmpty()) {
            return Optional.empty();
        }
        String name = seat.map(iso3 -> iso3 + " government").orElse(speaker.replaceFirst("^(?i)the\\s+", ""));
        Optional<String> country = seat.or(profile::country);
        Optional<String> sector = seat.isPresent() ? Optional.of("GOV") : profile.sector();
        EntityType type = k.country(speaker).isPresent() ? EntityType.COUNTRY : EntityType.ORGANIZATION;
        String id = ActorResolver.id(type, name);
        for (Actor a : all) {
            if (a.id().equals(id)) {
                return Optional.of(id);
            }
        }
        all.add(new Actor(id, name, type, List.of(speaker), country, sector));
        return Optional.of(id);
    }
}
