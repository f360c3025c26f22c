package org.storyline.annotate;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.storyline.model.Annotations;
import org.storyline.model.CleanArticle;
import org.storyline.model.EntityMention;
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
        List<EntityMention> entities = recognizer.recognize(text);
        ActorResolver.Result resolved = actors.resolve(entities);
        List<QuoteMention> found = quotes.annotate(text);
        List<Optional<String>> speakerActors = new ArrayList<>();
        for (QuoteMention q : found) {
            speakerActors.add(q.speaker().flatMap(s -> ActorResolver.actorOf(s.name(), resolved.actors())));
        }
        return new Annotations(entities, resolved.entityActors(), resolved.actors(), found, speakerActors,
                dates.annotate(text, article.published()));
    }
}
