package org.storyline.serve.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.storyline.model.Actor;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Annotations;
import org.storyline.model.CleanArticle;
import org.storyline.model.DateMention;
import org.storyline.model.EntityMention;
import org.storyline.model.EventArgument;
import org.storyline.model.EventMention;
import org.storyline.model.QuoteMention;
import org.storyline.model.TextSpan;
import org.storyline.store.StoreQueries;

/**
 * The API's JSON of articles, events and quotations: an article is CONTRACT.md section 2's object, fields in its
 * order (the NLP fields absent for clean-only articles); list items reuse the same shapes plus the article they came
 * from. Every span is {@code start}/{@code end} into the article's {@code text}.
 */
public final class ArticleJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ArticleJson() {}

    public static ObjectNode article(AnnotatedArticle annotated, Optional<String> story) {
        CleanArticle a = annotated.article();
        ObjectNode o = NODES.objectNode();
        o.put("id", a.id());
        o.put("source", a.source());
        o.put("status", "ok");
        o.put("title", a.title().orElse(null));
        o.put("published", a.published().map(Object::toString).orElse(null));
        o.put("outlet", a.outlet().orElse(null));
        strings(o.putArray("authors"), a.authors());
        o.put("language", a.language().orElse(null));
        o.put("url", a.url().orElse(null));
        o.put("text", a.text());
        if (annotated.annotations().isPresent()) {
            Annotations n = annotated.annotations().get();
            ArrayNode entities = o.putArray("entities");
            for (int i = 0; i < n.entities().size(); i++) {
                EntityMention e = n.entities().get(i);
                ObjectNode x = entities.addObject();
                x.put("text", e.text());
                x.put("type", e.type().name());
                span(x, e.span());
                x.put("actor", n.entityActors().get(i).orElse(null));
            }
            ArrayNode actors = o.putArray("actors");
            for (Actor r : n.actors()) {
                ObjectNode x = actors.addObject();
                x.put("id", r.id());
                x.put("name", r.name());
                strings(x.putArray("aliases"), r.aliases());
                x.put("country", r.country().orElse(null));
                x.put("sector", r.sector().orElse(null));
                if (!r.members().isEmpty()) {
                    strings(x.putArray("members"), r.members());
                }
            }
            ArrayNode quotes = o.putArray("quotes");
            for (int i = 0; i < n.quotes().size(); i++) {
                quote(quotes.addObject(), n.quotes().get(i), n.speakerActors().get(i));
            }
            ArrayNode dates = o.putArray("dates");
            for (DateMention d : n.dates()) {
                ObjectNode x = dates.addObject();
                x.put("text", d.text());
                span(x, d.span());
                x.put("value", d.value().orElse(null));
            }
            ArrayNode events = o.putArray("events");
            for (EventMention e : n.events()) {
                event(events.addObject(), e);
            }
        }
        story.ifPresent(s -> o.put("story", s));
        return o;
    }

    /** An event of {@code /api/events}: the article it is in, then section 2's event fields. */
    public static ObjectNode event(StoreQueries.EventHit hit) {
        ObjectNode o = NODES.objectNode();
        o.put("article", hit.articleId());
        o.put("index", hit.index());
        o.put("outlet", hit.outlet().orElse(null));
        event(o, hit.event());
        return o;
    }

    /** A quotation of {@code /api/quotes}: the article it is in, then section 2's quote fields. */
    public static ObjectNode quote(StoreQueries.QuoteHit hit) {
        ObjectNode o = NODES.objectNode();
        o.put("article", hit.articleId());
        o.put("index", hit.index());
        o.put("outlet", hit.outlet().orElse(null));
        quote(o, hit.quote(), hit.speakerActor());
        return o;
    }

    private static void quote(ObjectNode x, QuoteMention q, Optional<String> actor) {
        x.put("text", q.text());
        span(x, q.span());
        x.put("kind", q.kind().contractName());
        if (q.speaker().isPresent()) {
            ObjectNode s = x.putObject("speaker");
            s.put("name", q.speaker().get().name());
            s.put("actor", actor.orElse(null));
            q.speaker().get().span().ifPresent(sp -> span(s, sp));
        } else {
            x.putNull("speaker");
        }
    }

    private static void event(ObjectNode x, EventMention e) {
        x.put("type", e.type().name());
        x.put("cameo", e.cameo().orElse(null));
        arguments(x.putArray("source"), e.source());
        arguments(x.putArray("target"), e.target());
        x.put("date", e.date().map(Object::toString).orElse(null));
        x.put("location", e.location().orElse(null));
        ObjectNode trigger = x.putObject("trigger");
        trigger.put("text", e.triggerText());
        span(trigger, e.trigger());
        span(x.putObject("sentence"), e.sentence());
        x.put("negated", e.negated());
        x.put("hypothetical", e.hypothetical());
        x.put("date_from_article", e.dateFromArticle());
    }

    private static void arguments(ArrayNode array, List<EventArgument> arguments) {
        for (EventArgument a : arguments) {
            ObjectNode x = array.addObject();
            x.put("name", a.name());
            x.put("actor", a.actor().orElse(null));
            x.put("country", a.country().orElse(null));
            x.put("sector", a.sector().orElse(null));
            span(x, a.span());
        }
    }

    private static void span(ObjectNode x, TextSpan span) {
        x.put("start", span.start());
        x.put("end", span.end());
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
