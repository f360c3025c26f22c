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
            for (TriggerMatch t : found) {
                List<Integer> words = wordTokens(sentence, t);
                int head = headToken(sentence, words);
                if (head < 0) {
                    continue;
                }
                PloverType type = t.plover();
                Arguments.Roles roles = arguments.roles(parsed, head, words, type);
                if (roles.source().isEmpty()) {
                    continue;   // nobody named as doing it: not an event record anyone can use
                }
                Optional<LocalDate> date = dateIn(sentence.span(), t.span(), annotations);
                boolean fromArticle = date.isEmpty() && published.isPresent();
                out.add(new EventMention(type, Optional.of(t.cameo()), roles.source(), roles.target(),
                        date.isPresent() ? date : published, fromArticle, arguments.location(parsed, head),
                        t.span(), t.text(), sentence.span(), arguments.negated(parsed, head),
                        t.hypothetical() || arguments.hypothetical(parsed, head)));
            }
        }
        return List.copyOf(out);
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
