package org.storyline.events;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.storyline.annotate.ActorKnowledge;
import org.storyline.annotate.nlp.ParsedSentence;
import org.storyline.annotate.nlp.Sentence;
import org.storyline.annotate.nlp.TextAnalysis;
import org.storyline.annotate.nlp.Token;
import org.storyline.model.Annotations;
import org.storyline.model.DateMention;
import org.storyline.model.EventMention;
import org.storyline.model.PloverType;
import org.storyline.model.TextSpan;

/**
 * The events stage: political events in PLOVER/CAMEO terms, each tied to its trigger words and sentence. Sentences
 * are scanned with the trigger lexicon first; only sentences with a trigger are parsed, since the dependency parse
 * costs more than all the other stages together. Arguments come from the parse ({@link Arguments}); the date from
 * the sentence's own temporal expression, else the article's publication date (flagged as such); the place from the
 * trigger's {@code in} phrase.
 *
 * <p>Stateless apart from its lexicon and knowledge; thread-safe.
 */
public final class EventAnnotator {
    private final TriggerMatcher triggers;
    private final ActorKnowledge knowledge;

    public EventAnnotator(TriggerLexicon lexicon, ActorKnowledge knowledge) {
        this.triggers = new TriggerMatcher(requireNonNull(lexicon, "lexicon is null"));
        this.knowledge = requireNonNull(knowledge, "knowledge is null");
    }

    /** The events of one article, in text order. */
    public List<EventMention> annotate(String text, TextAnalysis analysis, Annotations annotations,
            Optional<LocalDate> published) {
        Arguments arguments = new Arguments(text, annotations, knowledge);
        List<EventMention> out = new ArrayList<>();
        for (Sentence sentence : analysis.sentences()) {
            List<TriggerMatch> found = triggers.find(text, sentence.span());
            if (found.isEmpty()) {
                continue;
            }
            ParsedSentence parsed = analysis.parse(sentence);
            List<Integer> heads = new ArrayList<>();
            List<List<Integer>> spans = new ArrayList<>();
            for (TriggerMatch t : found) {
                spans.add(wordTokens(sentence, t));
                heads.add(headToken(sentence, spans.get(spans.size() - 1)));
            }
            for (int i = 0; i < found.size(); i++) {
                TriggerMatch t = found.get(i);
                List<Integer> words = spans.get(i);
                int head = heads.get(i);
                if (head < 0) {
                    continue;
                }
                if (intentOnly(t) && governsTrigger(parsed, head, heads)) {
                    continue;   // "pledged to expel": the act promised is coded, with its intent, by its own trigger
                }
                if (contentOfAnother(parsed, head, spans, found) && !arguments.negated(parsed, head)) {
                    // "refused permission to help", "accused X of attacking": the outer act is the news; a denied
                    // act ("denied that its forces had attacked") stays, flagged negated
                    continue;
                }
                PloverType type = t.plover();
                Arguments.Roles roles = arguments.roles(parsed, head, words, type);
                if (inRelativeClause(parsed, head)) {
                    continue;   // "the group that has seized parts of Iraq": background, not the news reported
                }
                if (roles.source().isEmpty() && (roles.target().isEmpty() || !isMainClause(parsed, head))) {
                    continue;   // nobody named on either side, or a side clause's doer unknown: no usable record
                }
                Optional<LocalDate> date = dateIn(sentence.span(), t.span(), annotations);
                boolean fromArticle = date.isEmpty() && published.isPresent();
                int carrier = arguments.carrier(parsed, head);
                boolean negated = arguments.negated(parsed, head) || arguments.negated(parsed, carrier);
                boolean hypothetical = t.hypothetical() || arguments.hypothetical(parsed, head)
                        || arguments.hypothetical(parsed, carrier);
                String cameo = t.cameo();
                if (negated && (arguments.modal(parsed, carrier) || arguments.intended(parsed, carrier))
                        && REFUSED.containsKey(type)) {
                    // "would not provide support", "will not attend": a refusal, which CAMEO codes as REJECT
                    cameo = REFUSED.get(type);
                    type = PloverType.REJECT;
                    negated = false;
                    hypothetical = false;
                } else if (!negated && arguments.intended(parsed, head) && THREATENED.containsKey(type)) {
                    // "wants to attack", "vowed to blockade": a hostile intention is a threat in CAMEO
                    cameo = THREATENED.get(type);
                    type = PloverType.THREATEN;
                    hypothetical = false;
                } else if (!negated && (arguments.intended(parsed, head) || arguments.agreed(parsed, head)
                        || arguments.announced(parsed, carrier)) && PROMISED.containsKey(type)) {
                    // "wants to help Israel", "plans to hold talks": an expressed intent to cooperate (CAMEO 03)
                    cameo = PROMISED.get(type);
                    type = PloverType.AGREE;
                    hypothetical = false;
                }
                Optional<Arguments.Appeal> appeal = negated ? Optional.empty() : arguments.appeal(parsed, head);
                if (appeal.isPresent()) {
                    // "Congress is asking Obama to help Iran": the appeal is the event reported as done
                    Token verb = sentence.tokens().get(appeal.get().verb());
                    EventMention request = new EventMention(PloverType.REQUEST,
                            Optional.of(type == PloverType.AID ? "023" : "020"), appeal.get().who(), appeal.get().to(),
                            date.isPresent() ? date : published, fromArticle, Optional.empty(), verb.span(),
                            text.substring(verb.span().start(), verb.span().end()), sentence.span(), false, false);
                    if (out.stream().noneMatch(o -> sameFact(o, request))) {
                        out.add(request);
                    }
                }
                EventMention e = new EventMention(type, Optional.of(cameo), roles.source(), roles.target(),
                        date.isPresent() ? date : published, fromArticle, arguments.location(parsed, head),
                        t.span(), t.text(), sentence.span(), negated, hypothetical);
                Optional<Arguments.Reporter> reporter = ALLEGED.contains(type) && !negated && !hypothetical
                        ? arguments.reporter(parsed, head).filter(r -> r.verb() < head) : Optional.empty();
                if (reporter.isPresent()) {
                    // "Israel said a mortar bomb was fired at it", "the US claimed ISIL had attacked Iraq": an
                    // attack told by a party is that party's accusation of whoever carried it out (CAMEO 112), or,
                    // claimed of its own side, its claim of responsibility (015); told after the fact by a
                    // bystander ("…, medics said") the attack itself is the news
                    Arguments.Reporter r = reporter.get();
                    Token verb = sentence.tokens().get(r.verb());
                    boolean own = !e.source().isEmpty() && sameSides(r.who(), e.source());
                    boolean claimed = verb.lemma().equalsIgnoreCase("claim");
                    if (!own || claimed) {
                        EventMention told = new EventMention(own ? PloverType.CONCEDE : PloverType.ACCUSE,
                                Optional.of(own ? "015" : "112"), r.who(), own ? e.target() : e.source(), e.date(),
                                e.dateFromArticle(), Optional.empty(), verb.span(),
                                text.substring(verb.span().start(), verb.span().end()), sentence.span(), false,
                                false);
                        if (out.stream().noneMatch(o -> sameFact(o, told))) {
                            out.add(told);
                        }
                        continue;
                    }
                }
                if (appeal.isEmpty() && out.stream().noneMatch(o -> sameFact(o, e))) {
                    out.add(e);   // an act only asked for is not reported as done: the appeal stands for it
                }
            }
        }
        return List.copyOf(out);
    }

    /** Cooperative acts refused ("would not …") and the CAMEO code of the refusal. */
    private static final java.util.Map<PloverType, String> REFUSED = java.util.Map.of(
            PloverType.SUPPORT, "121", PloverType.COOPERATE, "121", PloverType.AID, "122",
            PloverType.CONSULT, "125", PloverType.AGREE, "127", PloverType.CONCEDE, "124", PloverType.RETREAT, "124");
    /** Cooperative acts intended ("wants to help") and the CAMEO code of the expressed intent. */
    private static final java.util.Map<PloverType, String> PROMISED = java.util.Map.of(
            PloverType.AID, "033", PloverType.COOPERATE, "031", PloverType.CONSULT, "036",
            PloverType.RETREAT, "035", PloverType.CONCEDE, "035", PloverType.SUPPORT, "030");
    /** Hostile acts intended ("wants to attack") and the CAMEO code of the threat. */
    private static final java.util.Map<PloverType, String> THREATENED = java.util.Map.of(
            PloverType.ASSAULT, "138", PloverType.COERCE, "137", PloverType.SANCTION, "132");

    private static final java.util.Set<PloverType> ALLEGED = java.util.EnumSet.of(PloverType.ASSAULT,
            PloverType.COERCE);

    private static boolean sameSides(List<org.storyline.model.EventArgument> a,
            List<org.storyline.model.EventArgument> b) {
        return countries(a).equals(countries(b));
    }

    /** The same type, sides and sentence: one fact told by two triggers ("held talks … during a visit"). */
    private static boolean sameFact(EventMention a, EventMention b) {
        return a.type() == b.type() && a.sentence().equals(b.sentence()) && a.negated() == b.negated()
                && countries(a.source()).equals(countries(b.source()))
                && (a.target().isEmpty() || b.target().isEmpty()
                        || countries(a.target()).equals(countries(b.target())));
    }

    private static java.util.Set<String> countries(List<org.storyline.model.EventArgument> arguments) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (var a : arguments) {
            out.add(a.actor().or(a::country).orElse(a.name()));
        }
        return out;
    }

    /**
     * The token the trigger hangs on in the parse: its first verb, else its last noun, else its first content word.
     */
    static int headToken(Sentence sentence, List<Integer> inside) {
        List<Token> tokens = sentence.tokens();
        for (int i : inside) {
            if (tokens.get(i).tag().startsWith("V")) {
                return i;
            }
        }
        for (int k = inside.size() - 1; k >= 0; k--) {
            if (tokens.get(inside.get(k)).tag().startsWith("NN")) {
                return inside.get(k);
            }
        }
        return inside.isEmpty() ? -1 : inside.get(0);
    }

    /** Whether the trigger only says its act is intended or agreed ("pledged to", "agreed to"). */
    private static boolean intentOnly(TriggerMatch t) {
        return t.hypothetical() || t.plover() == PloverType.AGREE;
    }

    /** Whether another trigger is the clause the trigger at {@code head} governs ("pledged to expel"). */
    private static boolean governsTrigger(ParsedSentence parsed, int head, List<Integer> heads) {
        for (int other : heads) {
            if (other != head && other >= 0 && parsed.head(other)
                    .filter(d -> d.governor() == head && d.base().equals("xcomp")).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the trigger at {@code head} is only what another, non-intent trigger is about: the clause or
     * infinitive one of its words governs ("would not give permission to Russia to help Israel", "accused Rwanda of making …").
     */
    private static boolean contentOfAnother(ParsedSentence parsed, int head, List<List<Integer>> spans,
            List<TriggerMatch> found) {
        int token = head;
        for (int hops = 0; hops < 2; hops++) {
            Optional<org.storyline.annotate.nlp.Dependency> up = parsed.head(token);
            for (int k = 0; k < 4 && up.isPresent() && up.get().base().equals("conj") && up.get().governor() >= 0; k++) {
                up = parsed.head(up.get().governor());   // "alleged that X …, and that Y helped": as the first conjunct
            }
            if (up.isEmpty() || up.get().governor() < 0 || !CONTENT_RELATIONS.contains(up.get().base())
                    || (up.get().base().equals("advcl") && up.get().relation().contains(":")
                            && !PURPOSE_MARKERS.contains(up.get().relation().substring(6)))) {
                return false;   // "two days after Velmora recalled its ambassador": an event of its own
            }
            token = up.get().governor();
            for (int i = 0; i < spans.size(); i++) {
                if (spans.get(i).contains(token) && !spans.get(i).contains(head) && !intentOnly(found.get(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Markers of an adverbial clause that tells what the act is about or for ("accused X of attacking"). */
    private static final java.util.Set<String> PURPOSE_MARKERS = java.util.Set.of("of", "to", "for", "by",
            "in_order_to", "so_as_to");
    private static final java.util.Set<String> CONTENT_RELATIONS = java.util.Set.of("xcomp", "ccomp", "acl",
            "advcl");

    /** Whether the token heads a relative clause or an adjectival participle ("held a year ago", "who attacked"). */
    private static boolean inRelativeClause(ParsedSentence parsed, int token) {
        return parsed.head(token).map(d -> d.relation().equals("acl:relcl") || d.relation().equals("acl"))
                .orElse(false);
    }

    /** Whether the token is the sentence's root or a verb coordinated with it (the sentence's main assertion). */
    private static boolean isMainClause(ParsedSentence parsed, int token) {
        Optional<org.storyline.annotate.nlp.Dependency> up = parsed.head(token);
        if (up.isEmpty()) {
            return false;
        }
        if (up.get().governor() < 0) {
            return true;
        }
        // a verb coordinated with the root, or one the parser could only attach to it ("There were ten soldiers
        // killed" gives dep(were, killed))
        return (up.get().base().equals("conj") || up.get().base().equals("dep"))
                && parsed.head(up.get().governor()).map(d -> d.governor() < 0).orElse(false);
    }

    /** The sentence's tokens that the trigger's pattern words cover. */
    static List<Integer> wordTokens(Sentence sentence, TriggerMatch t) {
        List<Integer> inside = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            TextSpan s = tokens.get(i).span();
            for (TextSpan w : t.words()) {
                if (s.start() < w.end() && w.start() < s.end()) {
                    inside.add(i);
                    break;
                }
            }
        }
        return inside;
    }

    /** The resolved day named in the sentence nearest the trigger ("closed the strait on Sunday"). */
    private static Optional<LocalDate> dateIn(TextSpan sentence, TextSpan trigger, Annotations annotations) {
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention d : annotations.dates()) {
            if (d.span().start() >= sentence.start() && d.span().end() <= sentence.end() && d.value().isPresent()
                    && d.value().get().matches("\\d{4}-\\d{2}-\\d{2}")) {
                int distance = d.span().start() >= trigger.end() ? d.span().start() - trigger.end()
                        : trigger.start() - d.span().end();
                if (Math.abs(distance) < bestDistance) {
                    best = d;
                    bestDistance = Math.abs(distance);
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(LocalDate.parse(best.value().get()));
    }
}
