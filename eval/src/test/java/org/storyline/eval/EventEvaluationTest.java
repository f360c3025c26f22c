package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.EventArgument;
import org.storyline.model.EventMention;
import org.storyline.model.PloverType;
import org.storyline.model.TextSpan;

/** Pins the Events metric of section 7 and its companion figures on hand-built (fictional) sentences. */
class EventEvaluationTest {
    private static final Map<String, PloverType> CAMEO = Map.of("042", PloverType.CONSULT, "043", PloverType.CONSULT,
            "111", PloverType.ACCUSE, "112", PloverType.ACCUSE, "172", PloverType.COERCE, "173", PloverType.COERCE,
            "190", PloverType.ASSAULT, "193", PloverType.ASSAULT);

    @TempDir
    Path dir;

    private static EventEvaluation evaluation() {
        return new EventEvaluation(code -> Optional.ofNullable(CAMEO.get(code)));
    }

    /** An argument with this country and sector ("-" for none). */
    private static EventArgument arg(String name, String country, String sector) {
        return new EventArgument(name, new TextSpan(0, name.length()), Optional.empty(),
                Optional.of(country).filter(c -> !c.equals("-")), Optional.of(sector).filter(s -> !s.equals("-")));
    }

    private static EventMention event(PloverType type, String cameo, List<EventArgument> source,
            List<EventArgument> target) {
        return new EventMention(type, Optional.ofNullable(cameo), source, target, Optional.empty(), true,
                Optional.empty(), new TextSpan(0, 4), "said", new TextSpan(0, 20), false, false);
    }

    private static EventEvaluation.Record record(String id, boolean noEvents, EventEvaluation.Gold... gold) {
        return new EventEvaluation.Record(id, "text of " + id, Optional.empty(), Arrays.asList(gold), noEvents);
    }

    private static EventEvaluation.Gold cameo(String code, String source, String target) {
        return EventEvaluation.Gold.cameo(code, source, target);
    }

    @Test
    void figuresComputedByHand() {
        var evaluation = evaluation();
        var fin = arg("Finnish minister", "FIN", "GOV");
        var est = arg("Estonia", "EST", "-");
        // r1: both gold events found (sources FIN and EST are both gold source codes); the ACCUSE has the wrong
        // source and target; the ASSAULT is extra
        evaluation.add(record("r1", false, cameo("042", "FINGOV", "EST"), cameo("112", "ESTGOV", "FIN")), List.of(
                event(PloverType.CONSULT, "043", List.of(fin), List.of(est)),
                event(PloverType.ACCUSE, "111", List.of(fin), List.of(est)),
                event(PloverType.ASSAULT, "190", List.of(fin), List.of())));
        // r2: the IGO source is compared by sector, ---REB too; the COERCE has a source that is no gold source
        evaluation.add(record("r2", false, cameo("190", "IGOUNOMIL", "---REB"),
                EventEvaluation.Gold.plover(PloverType.COERCE, "LVAMIL", "---")), List.of(
                event(PloverType.ASSAULT, "193", List.of(arg("peacekeepers", "-", "IGO")),
                        List.of(arg("rebels", "-", "REB"))),
                event(PloverType.COERCE, null, List.of(est), List.of())));
        // r3: 015 has no PLOVER type (left out of recall and of the main event), but counts for the CAMEO root
        evaluation.add(record("r3", false, cameo("015", "FIN", "EST"), cameo("173", "FINPOL", "ESTCVL")), List.of(
                event(PloverType.COERCE, "172", List.of(fin), List.of(est))));
        // r4: no events: what is extracted is extra, and nothing else
        evaluation.add(record("r4", true), List.of(event(PloverType.PROTEST, "141", List.of(est), List.of())));
        // r5: nothing extracted
        evaluation.add(record("r5", false, cameo("042", "USA", "FIN")), List.of());

        EventEvaluation.Report r = evaluation.report();
        assertThat(r.records()).isEqualTo(5);
        assertThat(r.noEventRecords()).isEqualTo(1);
        assertThat(r.goldEvents()).isEqualTo(7);
        assertThat(r.untypedGoldEvents()).isEqualTo(1);
        assertThat(r.extractedEvents()).isEqualTo(7);
        assertThat(r.scoredEvents()).isEqualTo(6);
        assertThat(r.foundEvents()).isEqualTo(4);
        assertThat(r.correctEvents()).isEqualTo(4);
        assertThat(r.recall()).isCloseTo(4.0 / 6, within(1e-9));
        assertThat(r.precision()).isCloseTo(4.0 / 6, within(1e-9));
        assertThat(r.f1()).isCloseTo(4.0 / 6, within(1e-9));
        assertThat(r.cameoGoldEvents()).isEqualTo(6);
        assertThat(r.cameoRootRecall()).isCloseTo(4.0 / 6, within(1e-9));
        assertThat(r.extraEvents()).isEqualTo(2);
        assertThat(r.extraEventsPerSentence()).isCloseTo(0.4, within(1e-9));
        assertThat(r.mainEventRecords()).isEqualTo(3);
        assertThat(r.mainEventAccuracy()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(r.sourceAccuracy()).isCloseTo(0.75, within(1e-9));
        assertThat(r.targetChecked()).isEqualTo(4);
        assertThat(r.targetAccuracy()).isCloseTo(0.75, within(1e-9));

        assertThat(r.perType()).extracting(EventEvaluation.TypeScore::type).containsExactly(PloverType.CONSULT,
                PloverType.ACCUSE, PloverType.COERCE, PloverType.ASSAULT);
        assertThat(r.perType()).containsExactly(
                new EventEvaluation.TypeScore(PloverType.CONSULT, 2, 1, 1, 1),
                new EventEvaluation.TypeScore(PloverType.ACCUSE, 1, 1, 1, 1),
                new EventEvaluation.TypeScore(PloverType.COERCE, 2, 1, 2, 1),
                new EventEvaluation.TypeScore(PloverType.ASSAULT, 1, 1, 2, 1));
        EventEvaluation.TypeScore consult = r.perType().get(0);
        assertThat(consult.precision()).isEqualTo(1.0);
        assertThat(consult.recall()).isEqualTo(0.5);
        assertThat(consult.f1()).isCloseTo(2.0 / 3, within(1e-9));
        EventEvaluation.TypeScore coerce = r.perType().get(2);
        assertThat(coerce.f1()).isCloseTo(0.5, within(1e-9));

        assertThat(r.misses()).extracting(m -> m.record() + " " + m.what()).containsExactly(
                "r1 wrong source", "r1 wrong target", "r1 extra",
                "r2 not found",
                "r3 cameo root",
                "r4 extra",
                "r5 cameo root", "r5 not found", "r5 main event");
    }

    @Test
    void aSourceOfAnotherGoldEventOfTheSentenceFindsTheEventButIsTheWrongSource() {
        var evaluation = evaluation();
        evaluation.add(record("s", false, cameo("042", "FRA", "DEU"), cameo("042", "DEU", "FRA")),
                List.of(event(PloverType.CONSULT, "042", List.of(arg("Paris", "FRA", "-")),
                        List.of(arg("Berlin", "DEU", "-")))));
        var r = evaluation.report();
        assertThat(r.foundEvents()).isEqualTo(2);
        assertThat(r.sourceAccuracy()).isEqualTo(0.5);
        assertThat(r.targetAccuracy()).isEqualTo(0.5);
        assertThat(r.precision()).isEqualTo(1.0);
    }

    @Test
    void nothingExtractedGivesZerosNotErrors() {
        var evaluation = evaluation();
        evaluation.add(record("z", false, cameo("112", "USA", "RUS")), List.of());
        var r = evaluation.report();
        assertThat(r.recall()).isZero();
        assertThat(r.precision()).isZero();
        assertThat(r.f1()).isZero();
        assertThat(r.sourceAccuracy()).isZero();
        assertThat(r.extraEventsPerSentence()).isZero();
        assertThat(new EventEvaluation(c -> Optional.empty()).report().records()).isZero();
    }

    @Test
    void actorCodesAreComparedByCountryElseBySector() {
        assertThat(EventEvaluation.actorCode("USAGOV")).contains(new EventEvaluation.ActorCode(true, "USA"));
        assertThat(EventEvaluation.actorCode("PSEGZA")).contains(new EventEvaluation.ActorCode(true, "PSE"));
        assertThat(EventEvaluation.actorCode("irq")).contains(new EventEvaluation.ActorCode(true, "IRQ"));
        assertThat(EventEvaluation.actorCode("IGOUNOMIL")).contains(new EventEvaluation.ActorCode(false, "IGO"));
        assertThat(EventEvaluation.actorCode("IMGMUSISI")).contains(new EventEvaluation.ActorCode(false, "IMG"));
        assertThat(EventEvaluation.actorCode("---REB")).contains(new EventEvaluation.ActorCode(false, "REB"));
        assertThat(EventEvaluation.actorCode("---")).isEmpty();
        assertThat(EventEvaluation.actorCode("")).isEmpty();
        var un = arg("the UN", "-", "IGO");
        assertThat(new EventEvaluation.ActorCode(false, "IGO").matches(un)).isTrue();
        assertThat(new EventEvaluation.ActorCode(true, "IGO").matches(un)).isFalse();
    }

    @Test
    void readsTheGoldFileFormat() throws Exception {
        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, """
                {"id": "a", "date": "20080804", "text": "One.", "expected": [{"source": "USA", "target": "CHN", "code": "042"}], "noevents": false, "flags": {}}

                {"id": "b", "date": "121108", "text": "Two.", "expected": [{"source": "FIN", "target": "EST", "type": "accuse"}]}
                {"id": "c", "date": "20150609", "text": "Three.", "expected": [], "noevents": true}
                """);
        List<EventEvaluation.Record> records = EventEvaluation.readRecords(file);
        assertThat(records).extracting(EventEvaluation.Record::id).containsExactly("a", "b", "c");
        assertThat(records.get(0).date()).contains(LocalDate.of(2008, 8, 4));
        assertThat(records.get(0).expected()).containsExactly(EventEvaluation.Gold.cameo("042", "USA", "CHN"));
        assertThat(records.get(1).date()).isEmpty();
        assertThat(records.get(1).expected()).containsExactly(EventEvaluation.Gold.plover(PloverType.ACCUSE, "FIN",
                "EST"));
        assertThat(records.get(1).noEvents()).isFalse();
        assertThat(records.get(2).noEvents()).isTrue();
        assertThat(records.get(2).text()).isEqualTo("Three.");

        Files.writeString(file, "{\"id\": \"x\", \"text\": \"t\", \"expected\": [{\"type\": \"GOSSIP\"}]}\n");
        assertThatThrownBy(() -> EventEvaluation.readRecords(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gold.jsonl:1").hasMessageContaining("GOSSIP");
    }
}
