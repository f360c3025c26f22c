package org.storyline.events.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A trigger pattern turned into what the matcher walks: words, each with the forms it accepts and how many modifier
 * words may stand before it, and gaps.
 *
 * <p>Verb patterns inflect their verb (the first word, or the second after an adverb in -ly: "sexually assault") and
 * give every later content word its plural and up to {@value #MODIFIERS} modifiers in front ("impose sanction" finds
 * "imposed tough new sanctions"). Function words ("on", "to", "of") must follow the word before them directly. Noun
 * patterns accept every content word in singular and plural, all side by side.
 *
 * <p>Design decision: modifier slots instead of a part-of-speech tagger keep the module free of CoreNLP and its
 * models; the price is an occasional match across unrelated words, which the limit of three words and the refusal
 * to cross clause punctuation keep rare.
 */
public final class CompiledPattern {
    /** How many words may stand between a verb pattern's words and a later content word. */
    public static final int MODIFIERS = 3;
    /** The shortest and longest gap {@code *} stands for. */
    public static final int GAP_MIN = 1;
    public static final int GAP_MAX = 4;

    /** Words that are matched as written, with nothing between them and the word before. */
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "about", "across", "after", "against", "ahead",
            "an", "and", "apart", "around", "as", "aside", "at", "away", "back", "before", "behind", "between", "by",
            "down", "for", "from", "her", "him", "his", "in", "into", "it", "its", "no", "not", "of", "off", "on",
            "onto", "or", "out", "over", "that", "the", "their", "them", "through", "to", "together", "under", "up",
            "upon", "with", "without");

    private sealed interface Element permits Word, Gap {}

    private record Word(Set<String> forms, int modifiers) implements Element {}

    private record Gap() implements Element {}

    /** Where a pattern matched: the token after the last one, the tokens of its words, and the tokens skipped. */
    public record Match(int end, List<Integer> words, int skipped) {}

    private final List<Element> elements;
    private final int wordCount;

    private CompiledPattern(List<Element> elements) {
        this.elements = List.copyOf(elements);
        this.wordCount = (int) elements.stream().filter(e -> e instanceof Word).count();
    }

    /**
     * Compiles {@code pattern}; {@code verb} and {@code noun} say how it inflects (both for a one-word pattern without
     * a part of speech).
     */
    public static CompiledPattern compile(String pattern, boolean verb, boolean noun) {
        List<String> words = PatternSyntax.words(pattern);
        int head = verb && words.size() > 1 && words.get(0).endsWith("ly") ? 1 : 0;
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals(PatternSyntax.GAP)) {
                elements.add(new Gap());
                continue;
            }
            Set<String> forms = new HashSet<>();
            forms.add(w);
            boolean function = FUNCTION_WORDS.contains(w);
            if (verb && i == head) {
                forms.addAll(Inflections.verbForms(w));
            }
            if (!function && (noun || (verb && i > head))) {
                forms.addAll(Inflections.nounForms(w));
            }
            boolean afterGap = i > 0 && words.get(i - 1).equals(PatternSyntax.GAP);
            int modifiers = verb && !noun && i > head && !function && !afterGap ? MODIFIERS : 0;
            elements.add(new Word(Set.copyOf(forms), modifiers));
        }
        return new CompiledPattern(elements);
    }

    /** The forms the pattern's first word accepts: where the matcher looks it up. */
    public Set<String> firstForms() {
        return ((Word) elements.get(0)).forms();
    }

    /** How many words (not gaps) the pattern has: the more, the more specific. */
    public int wordCount() {
        return wordCount;
    }

    /**
     * The pattern matched at {@code tokens[start]}, not reaching {@code tokens[limit]} nor across clause punctuation,
     * with the shortest gaps and fewest modifiers that work; empty when it does not match there.
     */
    public Optional<Match> match(List<Token> tokens, int start, int limit) {
        if (!firstForms().contains(tokens.get(start).form())) {
            return Optional.empty();
        }
        int[] words = new int[wordCount];
        words[0] = start;
        return step(tokens, limit, 1, start, words, 1, 0);
    }

    private Optional<Match> step(List<Token> tokens, int limit, int e, int last, int[] words, int w, int skipped) {
        if (e == elements.size()) {
            List<Integer> at = new ArrayList<>(wordCount);
            for (int x : words) {
                at.add(x);
            }
            return Optional.of(new Match(last + 1, List.copyOf(at), skipped));
        }
        Element element = elements.get(e);
        int min;
        int max;
        Word next;
        int nextElement;
        if (element instanceof Gap) {
            min = GAP_MIN;
            max = GAP_MAX;
            next = (Word) elements.get(e + 1);
            nextElement = e + 2;
        } else {
            next = (Word) element;
            min = 0;
            max = next.modifiers();
            nextElement = e + 1;
        }
        for (int k = 0; k <= max; k++) {
            int t = last + 1 + k;
            if (t >= limit || tokens.get(t - 1).breakAfter()) {
                break;
            }
            if (k < min || !next.forms().contains(tokens.get(t).form())) {
                continue;
            }
            words[w] = t;
            Optional<Match> m = step(tokens, limit, nextElement, t, words, w + 1, skipped + k);
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }
}
