package org.storyline.store.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.CleanArticle;
import org.storyline.model.EventMention;
import org.storyline.model.QuoteMention;
import org.storyline.model.TextSpan;
import org.storyline.store.SearchHit.Kind;

/**
 * The searchable passages of an article, the unit of full-text search in every backend: its title (span: the whole
 * text), each paragraph, each quotation (with its speaker's name) and each event's sentence.
 */
final class Passages {
    /** One passage; {@code speaker} is empty except for quotations. */
    record Passage(String articleId, Kind kind, TextSpan span, String text, String speaker) {
        Passage {
            requireNonNull(articleId, "articleId is null");
            requireNonNull(kind, "kind is null");
            requireNonNull(span, "span is null");
            requireNonNull(text, "text is null");
            requireNonNull(speaker, "speaker is null");
        }
    }

    private Passages() {}

    static List<Passage> of(AnnotatedArticle annotated) {
        CleanArticle a = annotated.article();
        String text = a.text();
        var passages = new ArrayList<Passage>();
        passages.add(new Passage(a.id(), Kind.ARTICLE, new TextSpan(0, text.length()), a.title().orElse(""), ""));
        for (TextSpan p : a.paragraphs()) {
            passages.add(new Passage(a.id(), Kind.PARAGRAPH, p, text.substring(p.start(), p.end()), ""));
        }
        annotated.annotations().ifPresent(n -> {
            for (QuoteMention q : n.quotes()) {
                passages.add(new Passage(a.id(), Kind.QUOTE, q.span(), q.text(),
                        q.speaker().map(s -> s.name()).orElse("")));
            }
            for (EventMention e : n.events()) {
                passages.add(new Passage(a.id(), Kind.EVENT, e.sentence(),
                        text.substring(e.sentence().start(), e.sentence().end()), ""));
            }
        });
        return List.copyOf(passages);
    }

    /** How many paragraph passages an article with this text has. */
    static int paragraphCount(String text) {
        return new CleanArticle("-", "-", java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), List.of(), java.util.Optional.empty(), java.util.Optional.empty(), text)
                .paragraphs().size();
    }
}
