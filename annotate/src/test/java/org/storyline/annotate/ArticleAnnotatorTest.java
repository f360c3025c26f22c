package org.storyline.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storyline.model.Actor;
import org.storyline.model.Annotations;
import org.storyline.model.CleanArticle;
import org.storyline.model.EntityMention;
import org.storyline.model.EntityType;
import org.storyline.model.TextSpan;

/** The NLP stage with a hand-written recognizer standing in for CoreNLP (it tags the names it is given). */
class ArticleAnnotatorTest {
    /** A fake recognizer: every occurrence of each given name, with its type. */
    private static EntityRecognizer tagging(String... namesAndTypes) {
        return text -> {
            List<EntityMention> out = new ArrayList<>();
            for (int i = 0; i < namesAndTypes.length; i += 2) {
                String name = namesAndTypes[i];
                for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                    out.add(new EntityMention(new TextSpan(at, at + name.length()), name,
                            EntityType.valueOf(namesAndTypes[i + 1])));
                }
            }
            out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
            return out;
        };
    }

    private static CleanArticle article(String text) {
        return new CleanArticle("a1", "test", Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.of("en"), Optional.empty(), text);
    }

    @Test
    void aGroupSpeakerBecomesAGroupActorWithTheCountriesItCounts() {
        String text = "The United States as well as Canada, France, Germany, Italy and the United Kingdom accused"
                + " Russia and Iran of blocking aid.\n\n“The need now is for an immediate ceasefire,” the six"
                + " countries added in their statement.";
        var annotator = new ArticleAnnotator(tagging("United States", "LOCATION", "Canada", "LOCATION", "France",
                "LOCATION", "Germany", "LOCATION", "Italy", "LOCATION", "United Kingdom", "LOCATION", "Russia",
                "LOCATION", "Iran", "LOCATION"));

        Annotations a = annotator.annotate(article(text));

        assertThat(a.quotes()).hasSize(1);
        String speaker = a.speakerActors().get(0).orElseThrow();
        Actor group = a.actors().stream().filter(x -> x.id().equals(speaker)).findFirst().orElseThrow();
        assertThat(group.name()).isEqualTo("six countries");
        assertThat(group.members()).containsExactly("country:united-states", "country:canada", "country:france",
                "country:germany", "country:italy", "country:united-kingdom");
        assertThat(a.actors()).filteredOn(x -> x.type() == EntityType.COUNTRY)
                .extracting(x -> x.country().orElse("-")).contains("USA", "CAN", "RUS", "IRN");
    }

    @Test
    void aSpeakerNamedOnlyBySurnameGetsTheCountryAndSectorOfTheKnownPerson() {
        String text = "“We will respond in kind,” Putin said on Tuesday.";
        Annotations a = new ArticleAnnotator(tagging("Putin", "PERSON")).annotate(article(text));
        String speaker = a.speakerActors().get(0).orElseThrow();
        Actor actor = a.actors().stream().filter(x -> x.id().equals(speaker)).findFirst().orElseThrow();
        assertThat(actor.name()).isEqualTo("Putin");
        assertThat(actor.country()).contains("RUS");
        assertThat(actor.sector()).contains("GOV");
    }

    @Test
    void aSeatOfGovernmentSpeaksForItsGovernment() {
        String text = "“We will not be pressured,” the Kremlin said on Tuesday.";
        Annotations a = new ArticleAnnotator(tagging()).annotate(article(text));
        String speaker = a.speakerActors().get(0).orElseThrow();
        Actor actor = a.actors().stream().filter(x -> x.id().equals(speaker)).findFirst().orElseThrow();
        assertThat(actor.country()).contains("RUS");
        assertThat(actor.sector()).contains("GOV");
    }
}
