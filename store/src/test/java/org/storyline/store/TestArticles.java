package org.storyline.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.storyline.model.Actor;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Annotations;
import org.storyline.model.CleanArticle;
import org.storyline.model.DateMention;
import org.storyline.model.EntityMention;
import org.storyline.model.EntityType;
import org.storyline.model.ErrorCode;
import org.storyline.model.EventArgument;
import org.storyline.model.EventMention;
import org.storyline.model.PloverType;
import org.storyline.model.QuoteKind;
import org.storyline.model.QuoteMention;
import org.storyline.model.Speaker;
import org.storyline.model.StageOutcome;
import org.storyline.model.TextSpan;

/**
 * Hand-built annotated articles (fictional countries and people, as in the demo corpus), so that store tests need no
 * NLP: two paragraphs, two entities, two actors, one quotation with its speaker, one date and one event with a
 * source and a target.
 */
public final class TestArticles {
    private TestArticles() {}

    public static final String QUOTE = "We will not back down";

    /** The article's text for a given number: the same shape, a different convoy number. */
    public static String text(int n) {
        return "Valdria accused Kestria of shelling convoy " + n + " on Tuesday.\n\n\"" + QUOTE
                + ",\" said Greta Ansel.";
    }

    public static AnnotatedArticle article(String id, int n) {
        return article(id, n, "Greta Ansel");
    }

    /** An article whose second actor (the speaker) is named {@code speakerActorName}. */
    public static AnnotatedArticle article(String id, int n, String speakerActorName) {
        String text = text(n);
        var clean = new CleanArticle(id, "test/" + id + ".txt", Optional.of("Convoy " + n + " shelled"),
                Optional.of(LocalDate.of(2025, 3, 19)), Optional.of("The Elsin Courier"), List.of("A. Writer", "B"),
                Optional.of("en"), Optional.of("https://courier.example/" + id), text);
        int valdria = text.indexOf("Valdria");
        int kestria = text.indexOf("Kestria");
        int ansel = text.indexOf("Greta Ansel");
        int quote = text.indexOf(QUOTE);
        int tuesday = text.indexOf("on Tuesday");
        int accused = text.indexOf("accused");
        int sentenceEnd = text.indexOf("\n\n");
        var entities = List.of(
                new EntityMention(new TextSpan(valdria, valdria + 7), "Valdria", EntityType.COUNTRY),
                new EntityMention(new TextSpan(ansel, ansel + 11), "Greta Ansel", EntityType.PERSON));
        var actors = List.of(
                new Actor("country:valdria", "Valdria", EntityType.COUNTRY, List.of("Valdria"), Optional.of("VLD"),
                        Optional.empty()),
                new Actor("person:greta-ansel", speakerActorName, EntityType.PERSON, List.of("Greta Ansel", "Ansel"),
                        Optional.of("VLD"), Optional.of("GOV")));
        var quotes = List.of(new QuoteMention(new TextSpan(quote, quote + QUOTE.length()), QUOTE, QuoteKind.DIRECT,
                Optional.of(new Speaker("Greta Ansel", Optional.of(new TextSpan(ansel, ansel + 11))))));
        var dates = List.of(new DateMention(new TextSpan(tuesday, tuesday + 10), "on Tuesday",
                Optional.of("2025-03-18")));
        var events = List.of(new EventMention(PloverType.ACCUSE, Optional.of("112"),
                List.of(new EventArgument("Valdria", new TextSpan(valdria, valdria + 7), Optional.of("country:valdria"),
                        Optional.of("VLD"), Optional.empty())),
                List.of(new EventArgument("Kestria", new TextSpan(kestria, kestria + 7), Optional.empty(),
                        Optional.of("KES"), Optional.empty())),
                Optional.of(LocalDate.of(2025, 3, 18)), false, Optional.empty(),
                new TextSpan(accused, accused + 7), "accused", new TextSpan(0, sentenceEnd), false, false));
        return new AnnotatedArticle(clean, Optional.of(new Annotations(entities,
                List.of(Optional.of("country:valdria"), Optional.of("person:greta-ansel")), actors, quotes,
                List.of(Optional.of("person:greta-ansel")), dates, events)));
    }

    public static StageOutcome<AnnotatedArticle> accepted(String id, int n) {
        return StageOutcome.accepted(article(id, n));
    }

    public static StageOutcome<AnnotatedArticle> rejected(String id, String source) {
        return StageOutcome.rejected(id, source, "clean", ErrorCode.NO_ARTICLE_TEXT,
                source + ": no article text was found");
    }
}
