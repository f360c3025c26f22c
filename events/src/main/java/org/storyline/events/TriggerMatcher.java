package org.storyline.events;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storyline.events.internal.CompiledPattern;
import org.storyline.events.internal.Token;
import org.storyline.events.internal.Tokenizer;
import org.storyline.model.TextSpan;

/**
 * Finds a {@link TriggerLexicon}'s phrases in a sentence. Consumes the article's cleaned text and a sentence span
 * in it; produces the triggers found there, in text order, none overlapping another.
 *
 * <pre>{@code
 * TriggerMatcher matcher = new TriggerMatcher(TriggerLexicon.builtIn());
 * matcher.find("The ministry accused the envoy of spying.", new TextSpan(0, 41));
 * // [[13, 40)ACCUSE/1125 (accused the envoy of spying)]
 * }</pre>
 *
 * <p>Matching is case-insensitive on words (letters and digits, joined by inner hyphens and apostrophes). From left
 * to right, at each word the best pattern starting there wins: the one with the most pattern words, then the fewest
 * words skipped in gaps and modifier slots, then the first in the lexicon (a user's entries come first). The next
 * search starts after the winner, so matches never overlap. A winning ignored phrase ("riot police") is passed over
 * and reported as nothing.
 *
 * <p>Design decision: greedy left-to-right search rather than the best global cover, because a trigger phrase
 * starts with its verb or noun head, and the earliest head is the one the sentence's event hangs on; it also keeps the
 * search linear in the sentence length.
 */
public final class TriggerMatcher {

    private record Candidate(int order, CompiledPattern pattern, Optional<TriggerEntry> entry) {}

    private final Map<String, List<Candidate>> byFirstForm;

    /** A matcher for {@code lexicon}'s triggers and ignored phrases, compiled now; it is immutable and thread-safe. */
    public TriggerMatcher(TriggerLexicon lexicon) {
        requireNonNull(lexicon, "lexicon is null");
        Map<String, List<Candidate>> index = new HashMap<>();
        int order = 0;
        for (TriggerEntry e : lexicon.entries()) {
            add(index, new Candidate(order++, compile(e.pattern(), e.pos()), Optional.of(e)));
        }
        for (IgnoredPhrase p : lexicon.ignored()) {
            add(index, new Candidate(order++, compile(p.pattern(), p.pos()), Optional.empty()));
        }
        index.replaceAll((form, list) -> List.copyOf(list));
        this.byFirstForm = Collections.unmodifiableMap(index);
    }

    /** The triggers in {@code sentence}, a span of {@code text}, in text order and never overlapping. */
    public List<TriggerMatch> find(String text, TextSpan sentence) {
        requireNonNull(text, "text is null");
        requireNonNull(sentence, "sentence is null");
        List<Token> tokens = Tokenizer.tokenize(text, sentence);
        List<TriggerMatch> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Candidate best = null;
            CompiledPattern.Match bestMatch = null;
            for (Candidate c : byFirstForm.getOrDefault(tokens.get(i).form(), List.of())) {
                Optional<CompiledPattern.Match> m = c.pattern().match(tokens, i, tokens.size());
                if (m.isPresent() && (best == null || better(c, m.get(), best, bestMatch))) {
                    best = c;
                    bestMatch = m.get();
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            if (best.entry().isPresent()) {
                found.add(toMatch(text, tokens, bestMatch, best.entry().get()));
            }
            i = bestMatch.end();
        }
        return List.copyOf(found);
    }

    /** The triggers in the whole of {@code text}, read as one sentence. */
    public List<TriggerMatch> find(String text) {
        return find(text, new TextSpan(0, text.length()));
    }

    private static boolean better(Candidate c, CompiledPattern.Match m, Candidate best, CompiledPattern.Match bm) {
        if (c.pattern().wordCount() != best.pattern().wordCount()) {
            return c.pattern().wordCount() > best.pattern().wordCount();
        }
        if (m.skipped() != bm.skipped()) {
            return m.skipped() < bm.skipped();
        }
        return c.order() < best.order();
    }

    private static TriggerMatch toMatch(String text, List<Token> tokens, CompiledPattern.Match m, TriggerEntry e) {
        List<TextSpan> words = new ArrayList<>(m.words().size());
        for (int t : m.words()) {
            words.add(tokens.get(t).span());
        }
        TextSpan span = new TextSpan(words.get(0).start(), words.get(words.size() - 1).end());
        return new TriggerMatch(span, span.of(text), e.pattern(), e.cameo(), e.plover(), e.hypothetical(), words);
    }

    private static CompiledPattern compile(String pattern, Optional<PartOfSpeech> pos) {
        boolean oneWord = !pattern.contains(" ");
        boolean verb = pos.map(p -> p == PartOfSpeech.VERB).orElse(true);
        boolean noun = pos.map(p -> p == PartOfSpeech.NOUN).orElse(oneWord);
        return CompiledPattern.compile(pattern, verb, noun);
    }

    private static void add(Map<String, List<Candidate>> index, Candidate c) {
        for (String form : c.pattern().firstForms()) {
            index.computeIfAbsent(form, f -> new ArrayList<>()).add(c);
        }
    }
}
