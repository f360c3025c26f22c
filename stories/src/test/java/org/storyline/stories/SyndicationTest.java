package org.storyline.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.stories.Articles.article;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Copy detection: verbatim copies and partial rewrites are marked with their original and kept as evidence. */
class SyndicationTest {
    static final String WIRE = """
            Six aid workers were killed when a humanitarian convoy bound for the port of Halvik was destroyed late on \
            Monday on the Kessa coast road, and Valdria accused Kestria of attacking it with an armed drone.

            Kestria denied any involvement and said the convoy had caught fire after a fuel truck collided with \
            another vehicle near the Kessa Bridge, in what its defence ministry called a tragic road accident.

            The convoy of eighteen trucks, run by the charity Harbourlight Relief, was the second to use the corridor \
            agreed last week under the auspices of the Maren Sea Council. Nine trucks were destroyed, the charity said.

            Harbourlight Relief said it was suspending all convoys until further notice. Its director said he could \
            not yet say what had caused the fire.""";

    static final String REWRITE = """
            Velmora woke on Tuesday to grief and anger after the second aid convoy to Halvik went up in flames on the \
            coast road, with families gathering outside the harbour offices for news of the drivers.

            Kestria denied any involvement and said the convoy had caught fire after a fuel truck collided with \
            another vehicle near the Kessa Bridge, in what its defence ministry called a tragic road accident.

            The convoy of eighteen trucks, run by the charity Harbourlight Relief, was the second to use the corridor \
            agreed last week under the auspices of the Maren Sea Council. Nine trucks were destroyed, the charity said.

            Local fishermen said they would hold a vigil on the quay on Wednesday evening.""";

    private final StoryEngine engine = new StoryEngine(new InMemoryStoryState(), TextEmbedder.NONE, StoryConfig.DEFAULT);

    @Test
    void verbatimCopyIsMarkedAsDuplicateAndKept() {
        engine.add(article("wire", WIRE).outlet("Norvik Wire").countries("Valdria", "Kestria").build());
        Placement copy = engine.add(article("copy", "Share this story\n\n" + WIRE + "\n\nRead more: ferry times")
                .outlet("Calder Daily").countries("Valdria", "Kestria").build());

        assertThat(copy.decision()).isEqualTo(Placement.Decision.COPY);
        assertThat(copy.copyOf()).contains("wire");
        assertThat(copy.copyKind()).contains(CopyKind.DUPLICATE);
        Story story = engine.story(copy.storyId()).orElseThrow();
        assertThat(story.articles()).containsExactly("wire", "copy");
        assertThat(story.duplicates()).containsExactly(new Story.CopyLink("copy", "wire"));
        assertThat(story.outlets()).containsExactly("Norvik Wire", "Calder Daily");
        assertThat(story.independentOutlets()).isEqualTo(1);
    }

    @Test
    void partialRewriteIsMarkedAsPartialCopy() {
        engine.add(article("wire", WIRE).outlet("Norvik Wire").build());
        Placement rewrite = engine.add(article("ledger", REWRITE).outlet("The Harbour Ledger").build());

        assertThat(rewrite.copyKind()).contains(CopyKind.PARTIAL);
        assertThat(rewrite.copyOf()).contains("wire");
        Story story = engine.story(rewrite.storyId()).orElseThrow();
        assertThat(story.nearDuplicates()).containsExactly(new Story.CopyLink("ledger", "wire"));
        assertThat(story.duplicates()).isEmpty();
    }

    @Test
    void aCopyOfACopyPointsAtTheOriginal() {
        engine.add(article("wire", WIRE).build());
        engine.add(article("copy1", WIRE + "\n\nAdvertisement").build());
        Placement second = engine.add(article("copy2", "Top stories\n\n" + WIRE).build());
        assertThat(second.copyOf()).contains("wire");
    }

    @Test
    void articlesSharingOnlyTheTopicAreNotCopies() {
        engine.add(article("wire", WIRE).build());
        Placement other = engine.add(article("other", """
                The Maren Sea Council suspended the humanitarian corridor to Halvik on Thursday and set up a panel \
                to investigate the destruction of the aid convoy on the coast road.

                Kestria voted against the inquiry, saying the council had no mandate to investigate a road accident \
                on its territory. Valdria welcomed the panel and promised its full cooperation.""").build());
        assertThat(other.decision()).isNotEqualTo(Placement.Decision.COPY);
        assertThat(other.copyOf()).isEqualTo(Optional.empty());
    }

    @Test
    void addingTheSameArticleTwiceChangesNothing() {
        Placement first = engine.add(article("wire", WIRE).build());
        Placement again = engine.add(article("wire", WIRE).build());
        assertThat(again.decision()).isEqualTo(Placement.Decision.ALREADY_SEEN);
        assertThat(again.storyId()).isEqualTo(first.storyId());
        assertThat(engine.state().articleCount()).isEqualTo(1);
    }
}
