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
        var result = new ActorResolver().resolve(List.of(e("Kerry", EntityType.PERSON),
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
        var actors = new ActorResolver().resolve(List.of(e("Tomas Verhallen", EntityType.PERSON),
                e("Kestria", EntityType.LOCATION))).actors();
        assertThat(ActorResolver.actorOf("Foreign Minister Tomas Verhallen", actors))
                .contains("person:tomas-verhallen");
        assertThat(ActorResolver.actorOf("The Kestrian foreign ministry", actors)).isEmpty();
        assertThat(ActorResolver.actorOf("the six countries", actors)).isEmpty();
    }
}
