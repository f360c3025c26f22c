package org.storyline.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.EntityMention;
import org.storyline.model.EntityType;
import org.storyline.model.TextSpan;

/** Actors from hand-built entity mentions (no NER needed). */
class ActorResolverTest {
    private static EntityMention e(String text, EntityType type) {
        return new EntityMention(new TextSpan(0, text.length()), text, type);
    }

    @Test
    void surnamesAndTitlesJoinTheFullNameAndIdsAreStable() {
        var result = new ActorResolver().resolve("", List.of(e("Kerry", EntityType.PERSON),
                e("John Kerry", EntityType.PERSON), e("Mr. Kerry", EntityType.PERSON),
                e("United Nations", EntityType.ORGANIZATION), e("Sergey Lavrov", EntityType.PERSON)));

        assertThat(result.actors()).extracting(a -> a.id() + " " + a.aliases()).containsExactly(
                "person:john-kerry [John Kerry, Kerry, Mr. Kerry]", "person:sergey-lavrov [Sergey Lavrov]",
                "organization:united-nations [United Nations]");
        assertThat(result.entityActors()).containsExactly(Optional.of("person:john-kerry"),
                Optional.of("person:john-kerry"), Optional.of("person:john-kerry"),
                Optional.of("organization:united-nations"), Optional.of("person:sergey-lavrov"));
    }

    @Test
    void speakersFindTheirActorByWholeWords() {
        var actors = new ActorResolver().resolve("", List.of(e("Tomas Verhallen", EntityType.PERSON),
                e("Kestria", EntityType.LOCATION))).actors();
        assertThat(ActorResolver.actorOf("Foreign Minister Tomas Verhallen", actors))
                .contains("person:tomas-verhallen");
        assertThat(ActorResolver.actorOf("The Kestrian foreign ministry", actors)).isEmpty();
        assertThat(ActorResolver.actorOf("the six countries", actors)).isEmpty();
    }

    @Test
    void countriesAndSectorsComeFromNamesAndTitles() {
        String text = "Kremlin spokesman Dmitry Peskov met UN humanitarian spokesman Jens Laerke and Russian Foreign"
                + " Minister Sergey Lavrov in Moscow. Russia said the talks went well.";
        var entities = List.of(at(text, "Dmitry Peskov", EntityType.PERSON), at(text, "Jens Laerke", EntityType.PERSON),
                at(text, "Russian", EntityType.MISC), at(text, "Sergey Lavrov", EntityType.PERSON),
                at(text, "Moscow", EntityType.LOCATION), at(text, "Russia", EntityType.LOCATION));
        var result = new ActorResolver().resolve(text, entities);

        assertThat(result.entities()).extracting(e -> e.text() + " " + e.type()).contains("Russian NATIONALITY",
                "Russia COUNTRY");
        assertThat(result.actors()).extracting(a -> a.name() + " " + a.country().orElse("-") + " "
                + a.sector().orElse("-")).contains("Dmitry Peskov RUS GOV", "Jens Laerke - IGO",
                "Sergey Lavrov RUS GOV", "Russia RUS -", "Moscow RUS GOV");
    }

    private static EntityMention at(String text, String mention, EntityType type) {
        int start = text.indexOf(mention);
        return new EntityMention(new TextSpan(start, start + mention.length()), mention, type);
    }

    /** Every occurrence of each name as a PERSON mention, longer names first where they overlap, in text order. */
    private static List<EntityMention> persons(String text, String... names) {
        List<EntityMention> out = new ArrayList<>();
        List<String> longestFirst = new ArrayList<>(List.of(names));
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        for (String name : longestFirst) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int start = at;
                boolean inside = out.stream().anyMatch(e -> e.span().start() <= start && start < e.span().end());
                if (!inside) {
                    out.add(new EntityMention(new TextSpan(at, at + name.length()), name, EntityType.PERSON));
                }
            }
        }
        out.sort(Comparator.comparingInt(e -> e.span().start()));
        return out;
    }

    private static List<String> profiles(ActorResolver.Result result) {
        return result.actors().stream().map(a -> a.name() + " " + a.country().orElse("-") + " "
                + a.sector().orElse("-")).toList();
    }

    @Test
    void knownPeopleGetTheirCountryAndSectorWithoutATitle() {
        String text = "Obama said on Monday that he would call Putin. Vladimir Putin later met Sergei Lavrov, and"
                + " Lavrov spoke to former Secretary of State John Kerry, to Ban Ki-moon and to Tomas Verhallen."
                + " Bush and Kim were not there.";
        var result = new ActorResolver().resolve(text, persons(text, "Obama", "Putin", "Vladimir Putin",
                "Sergei Lavrov", "Lavrov", "John Kerry", "Ban Ki-moon", "Tomas Verhallen", "Bush", "Kim"));

        assertThat(profiles(result)).containsExactlyInAnyOrder("Obama USA GOV", "Vladimir Putin RUS GOV",
                "Sergei Lavrov RUS GOV", "John Kerry USA GOV", "Ban Ki-moon - IGO", "Tomas Verhallen - -",
                "Bush USA GOV", "Kim - -");
        assertThat(result.actors()).filteredOn(a -> a.name().equals("Vladimir Putin")).singleElement()
                .satisfies(a -> assertThat(a.aliases()).containsExactly("Vladimir Putin", "Putin"));
    }

    @Test
    void aTitleInTheTextWinsOverThePeopleOfAUserFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("knowledge.json");
        Files.writeString(file, """
                {"countries": [{"iso3": "VLD", "names": ["Valdria"], "demonyms": ["Valdrian"]},
                               {"iso3": "KES", "names": ["Kestria"], "demonyms": ["Kestrian"]}],
                 "people": [{"name": "Tomas Verhallen", "aliases": [], "country": "VLD", "sector": "GOV"},
                            {"name": "Ilse Marten", "aliases": [], "country": "VLD", "sector": "GOV"}]}
                """);
        var resolver = new ActorResolver(ActorKnowledge.load(Optional.of(file)));
        String text = "Verhallen met Kestrian army commander Ilse Marten and Tessa Holm.";

        var result = resolver.resolve(text, persons(text, "Verhallen", "Ilse Marten", "Tessa Holm"));

        assertThat(profiles(result)).containsExactlyInAnyOrder("Verhallen VLD GOV", "Ilse Marten KES MIL",
                "Tessa Holm - -");
    }

    @Test
    void transliterationVariantsShareAnId() {
        assertThat(ActorResolver.id(EntityType.PERSON, "Sergei Lavrov"))
                .isEqualTo(ActorResolver.id(EntityType.PERSON, "Sergey Lavrov")).isEqualTo("person:sergey-lavrov");
        assertThat(ActorResolver.id(EntityType.PERSON, "Dmitri Peskov"))
                .isEqualTo(ActorResolver.id(EntityType.PERSON, "Dmitry Peskov"));
        assertThat(ActorResolver.id(EntityType.PERSON, "Jens Laerke")).isEqualTo("person:jens-laerke");
        assertThat(ActorResolver.id(EntityType.PERSON, "Aleksandr Dorovin"))
                .isEqualTo(ActorResolver.id(EntityType.PERSON, "Alexander Dorovin"));
        assertThat(ActorResolver.id(EntityType.PERSON, "Yevgeny Marten"))
                .isEqualTo(ActorResolver.id(EntityType.PERSON, "Evgeny Marten"));
        assertThat(ActorResolver.id(EntityType.PERSON, "Tatiana Orlik"))
                .isEqualTo(ActorResolver.id(EntityType.PERSON, "Tatyana Orlik"));
        assertThat(ActorResolver.id(EntityType.PERSON, "Oleg Zelenskyy"))
                .isEqualTo(ActorResolver.id(EntityType.PERSON, "Oleg Zelenskiy"));
        // names that only look alike stay apart
        assertThat(ActorResolver.id(EntityType.PERSON, "Anna Berg")).isNotEqualTo(ActorResolver.id(EntityType.PERSON,
                "Anne Berg"));
    }
}
