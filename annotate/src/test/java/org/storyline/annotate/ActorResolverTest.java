package org.storyline.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
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
