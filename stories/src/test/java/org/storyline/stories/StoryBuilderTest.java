package org.storyline.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.stories.Articles.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.PloverType;
import org.storyline.stories.internal.Sentences;
import org.storyline.stories.internal.StorySentence;
import org.storyline.stories.internal.Summarizer;

/** A story's details: timeline order, a non-redundant summary, disputes, outlets and dates. */
class StoryBuilderTest {
    private static final LocalDate MAR_17 = LocalDate.of(2025, 3, 17);
    private static final LocalDate MAR_18 = LocalDate.of(2025, 3, 18);
    private static final LocalDate MAR_19 = LocalDate.of(2025, 3, 19);

    private static final String WIRE = "Valdria said a Kestrian drone strike destroyed the aid convoy on the coast "
            + "road near Halvik. \"This was a drone strike on a marked humanitarian convoy,\" Ansel said. Six aid "
            + "workers were killed in the convoy fire, the charity said.";
    private static final String TARNOV = "Kestria denied that a drone strike had hit the aid convoy and said the "
            + "convoy caught fire after a collision on the coast road. Officials said three people had died, not six "
            + "as claimed by Velmora.";
    private static final String TALKS = "Verhallen said Kestria had withdrawn its proposal for a joint monitoring "
            + "mission. Kostrova later denied this. The envoy said talks would continue on Friday.";

    @Test
    void timelineDaysAreInDateOrderAndItemsPointIntoTheirArticle() {
        AnnotatedArticle late = article("late", TARNOV).published(MAR_19)
                .event(PloverType.REJECT, MAR_19, "denied").build();
        AnnotatedArticle early = article("early", WIRE).published(MAR_18)
                .event(PloverType.ASSAULT, MAR_17, "drone strike destroyed")
                .quote("This was a drone strike on a marked humanitarian convoy,", "Greta Ansel").build();
        Story story = StoryBuilder.build("s", List.of(late, early), Map.of());

        assertThat(story.timeline()).extracting(Story.TimelineDay::date).containsExactly(MAR_17, MAR_18, MAR_19);
        Story.TimelineItem strike = story.timeline().get(0).items().get(0);
        assertThat(strike.kind()).isEqualTo(Story.ItemKind.EVENT);
        assertThat(strike.article()).isEqualTo("early");
        assertThat(WIRE.substring(strike.start(), strike.end())).isEqualTo(strike.text());
        assertThat(strike.text()).startsWith("Valdria said a Kestrian drone strike");
        Story.TimelineItem quote = story.timeline().get(1).items().get(0);
        assertThat(quote.kind()).isEqualTo(Story.ItemKind.QUOTE);
        assertThat(quote.label()).contains("Greta Ansel");
        assertThat(story.first()).contains(MAR_18);
        assertThat(story.last()).contains(MAR_19);
    }

    @Test
    void theSameEventReportedByTwoOutletsIsOneItemCountingBoth() {
        AnnotatedArticle a = article("a", WIRE).outlet("Norvik Wire").published(MAR_18)
                .event(PloverType.ASSAULT, MAR_17, "drone strike destroyed").build();
        AnnotatedArticle b = article("b", WIRE.replace("coast road", "coastal road")).outlet("Eastmark Observer")
                .published(MAR_18).event(PloverType.ASSAULT, MAR_17, "drone strike destroyed").build();
        Story story = StoryBuilder.build("s", List.of(a, b), Map.of());
        List<Story.TimelineItem> events = story.timeline().get(0).items();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).independentOutlets()).isEqualTo(2);
    }

    @Test
    void summaryHasThreeToFiveSentencesAndNoneRepeatsAnother() {
        String text = """
                The Maren Sea Council agreed on Thursday to reopen the humanitarian corridor to Halvik.

                The Maren Sea Council agreed on Thursday to reopen the humanitarian corridor to the port of Halvik.

                The decision came after three days of talks between Valdrian and Kestrian envoys in Lisvane.

                Aid agencies said their first trucks could leave Velmora on Saturday morning with fuel and medicine.

                Fishermen in Halvik welcomed the news but said they would believe it when the ships arrived.""";
        AnnotatedArticle a = article("a", text).build();
        AnnotatedArticle b = article("b", "The council's envoy said the corridor would be monitored by observers "
                + "from five member states. Kestria said it would not obstruct the trucks on the coast road.").build();
        List<StorySentence> sentences = new java.util.ArrayList<>(StorySentence.of(a, 0));
        sentences.addAll(StorySentence.of(b, 1));
        List<StorySentence> summary = Summarizer.summarize(sentences, 2);

        assertThat(summary).hasSizeBetween(3, 5);
        for (int i = 0; i < summary.size(); i++) {
            for (int j = i + 1; j < summary.size(); j++) {
                assertThat(summary.get(i).overlap(summary.get(j))).isLessThanOrEqualTo(0.35);
            }
        }
        long corridorLeads = summary.stream().filter(s -> s.text().startsWith("The Maren Sea Council agreed")).count();
        assertThat(corridorLeads).isEqualTo(1);
    }

    @Test
    void conflictingAccountsAcrossOutletsBecomeADispute() {
        AnnotatedArticle wire = article("wire", WIRE).outlet("Norvik Wire").published(MAR_18).build();
        AnnotatedArticle tarnov = article("tarnov", TARNOV).outlet("Tarnov Today").published(MAR_19).build();
        Story story = StoryBuilder.build("s", List.of(wire, tarnov), Map.of());

        assertThat(story.disputes()).isNotEmpty();
        List<Story.DisputeSide> sides = story.disputes().stream().flatMap(d -> d.sides().stream()).toList();
        assertThat(sides).anySatisfy(s -> {
            assertThat(s.outlet()).contains("Tarnov Today");
            assertThat(s.text()).contains("caught fire after a collision");
        });
        assertThat(sides).anySatisfy(s -> {
            assertThat(s.outlet()).contains("Norvik Wire");
            assertThat(s.text()).contains("drone strike");
        });
        for (Story.DisputeSide s : sides) {
            String text = s.article().equals("wire") ? WIRE : TARNOV;
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }

    @Test
    void conflictingFiguresAreADispute() {
        AnnotatedArticle wire = article("wire", WIRE).outlet("Norvik Wire").published(MAR_18).build();
        AnnotatedArticle tarnov = article("tarnov", TARNOV).outlet("Tarnov Today").published(MAR_19).build();
        Story story = StoryBuilder.build("s", List.of(wire, tarnov), Map.of());
        assertThat(story.disputes()).anySatisfy(d -> assertThat(d.sides()).extracting(Story.DisputeSide::text)
                .anyMatch(t -> t.startsWith("Six aid workers were killed"))
                .anyMatch(t -> t.contains("three people had died")));
    }

    @Test
    void aLaterDenialIsPairedWithTheClaimBeforeIt() {
        Story story = StoryBuilder.build("s", List.of(article("talks", TALKS).build()), Map.of());
        assertThat(story.disputes()).hasSize(1);
        assertThat(story.disputes().get(0).claim()).startsWith("Verhallen said Kestria had withdrawn");
        assertThat(story.disputes().get(0).sides()).extracting(Story.DisputeSide::text)
                .containsExactly("Verhallen said Kestria had withdrawn its proposal for a joint monitoring mission.",
                        "Kostrova later denied this.");
    }

    @Test
    void agreeingArticlesHaveNoDispute() {
        Story story = StoryBuilder.build("s", List.of(
                article("a", "The council reopened the corridor to Halvik on Thursday. Aid trucks will leave on "
                        + "Saturday.").build(),
                article("b", "Aid trucks will leave Velmora on Saturday after the council reopened the corridor.")
                        .build()), Map.of());
        assertThat(story.disputes()).isEmpty();
    }

    @Test
    void aDenialGoingOnInTheNextSentenceJoinsItsDispute() {
        AnnotatedArticle claim = article("claim", "Valdria's foreign minister accused Kestria on Thursday of "
                + "withdrawing its own proposal for a joint monitoring mission in the strait.").outlet("Brenn Post")
                .build();
        AnnotatedArticle denial = article("denial", "Kostrova on Friday flatly denied that Kestria had withdrawn its "
                + "proposal for a joint monitoring mission in the strait. \"Our proposal was never withdrawn.\" "
                + "The envoy will meet both ministers next week.").outlet("Tarnov Today").build();
        Story story = StoryBuilder.build("s", List.of(claim, denial), Map.of());
        assertThat(story.disputes()).hasSize(1);
        assertThat(story.disputes().get(0).sides()).extracting(Story.DisputeSide::text).containsExactly(
                "Valdria's foreign minister accused Kestria on Thursday of withdrawing its own proposal for a joint "
                        + "monitoring mission in the strait.",
                "Kostrova on Friday flatly denied that Kestria had withdrawn its proposal for a joint monitoring "
                        + "mission in the strait.",
                "\"Our proposal was never withdrawn.\"");
    }

    @Test
    void wordsThatOnlyLookLikeDenialsOrConflictsAreNone() {
        Story story = StoryBuilder.build("s", List.of(
                article("a", "Patrol boats stayed near the disputed Brask Shoals on Monday, the navy said. The "
                        + "council's panel has been denied access to the Kessa heights near the shoals. Six aid "
                        + "workers were killed in the convoy fire near the Kessa heights, the charity said.")
                        .outlet("Norvik Wire").published(MAR_18).build(),
                article("b", "Patrol boats of the navy stayed near the Brask Shoals on Monday. The panel asked "
                        + "again for access to the Kessa heights. Four of the dead in the convoy fire near the Kessa "
                        + "heights were drivers, the charity said.").outlet("Eastmark Observer").published(MAR_18)
                        .build()), Map.of());
        assertThat(story.disputes()).as("'the disputed shoals', 'been denied access', 'four of the dead'").isEmpty();
    }

    @Test
    void copiesAreListedButAddNoIndependentOutlet() {
        AnnotatedArticle wire = article("wire", WIRE).outlet("Norvik Wire").build();
        AnnotatedArticle copy = article("copy", WIRE).outlet("Calder Daily").build();
        Story story = StoryBuilder.build("s", List.of(wire, copy),
                Map.of("copy", new StoryBuilder.Copy("wire", CopyKind.DUPLICATE)));
        assertThat(story.articles()).containsExactly("wire", "copy");
        assertThat(story.outlets()).containsExactlyInAnyOrder("Norvik Wire", "Calder Daily");
        assertThat(story.independentOutlets()).isEqualTo(1);
        assertThat(story.duplicates()).containsExactly(new Story.CopyLink("copy", "wire"));
    }

    @Test
    void sentencesSplitAtFullStopsButNotAfterTitlesOrInitials() {
        String text = "Mr. Verhallen met Gen. Rudik in Lisvane. They spoke for an hour.\n\nJ. Ferrant said nothing.";
        assertThat(Sentences.split(text)).extracting(s -> s.of(text)).containsExactly(
                "Mr. Verhallen met Gen. Rudik in Lisvane.", "They spoke for an hour.", "J. Ferrant said nothing.");
    }
}
