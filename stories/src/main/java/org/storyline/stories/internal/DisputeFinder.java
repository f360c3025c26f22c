package org.storyline.stories.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.stories.Outlets;

/**
 * Finds conflicting claims inside a story, with two general mechanisms:
 * <ol>
 * <li><b>Denials</b>: a sentence that denies, rejects or contradicts ("denied", "not true", "no evidence", "there was
 * no", "inconclusive", "not six as claimed") is paired with the claim it answers: the sentence right before it when it
 * denies anaphorically ("later denied this"), else the sentence of the story that shares the most specific content
 * terms with it (terms weighted by their rarity among the story's sentences), preferring another outlet.</li>
 * <li><b>Conflicting figures</b>: two sentences reporting different numbers of the same kind of casualty or detention
 * ("six ... killed" vs "three ... died") in articles at most three days apart.</li>
 * </ol>
 * Pairs sharing a sentence form one dispute; its claim is the earliest claim sentence.
 */
public final class DisputeFinder {
    private DisputeFinder() {}

    // not "was denied access" (a passive) nor "the disputed shoals" (an adjective)
    static final Pattern DENIAL = Pattern.compile("(?i)\\b((?<!(?:been|was|were|are|being) )denied|denies|deny|"
            + "denying|rejected|rejects|dismissed|dismisses|refuted|refutes|(?<!(?:the|its|of|an|a) )(?:disputed|"
            + "disputes)|contradict(?:s|ed)?|not true|untrue|false|invented|"
            + "fabricated|baseless|misled|misleading|misinformed|lying|distortion|inconclusive|no evidence|"
            + "never|there (?:was|were|is|are) no|nobody|not \\w+ as claimed)\\b");
    private static final Pattern ANAPHORIC = Pattern.compile("(?i)\\b(?:denied|denies|rejected|dismissed|disputed|"
            + "contradicted) (?:this|that|it|the (?:claim|report|account|allegation|accusation|charge|suggestion)s?)\\b");
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:no|never|nobody|nothing|not|n't)\\b");
    private static final Pattern COUNT = Pattern.compile("(?i)\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|"
            + "ten|eleven|twelve|dozens?|hundreds?)\\b(?:\\W+\\w+){0,3}?\\W+(killed|died|dead|deaths|injured|wounded|"
            + "hurt|arrested|detained|missing)\\b");
    private static final Pattern PARTITIVE = Pattern.compile("(?i)\\s+of\\s+(?:the|them|those|these|whom)\\b");
    private static final Map<String, String> COUNT_CLASS = Map.of("killed", "dead", "died", "dead", "dead", "dead",
            "deaths", "dead", "injured", "hurt", "wounded", "hurt", "hurt", "hurt", "arrested", "held", "detained",
            "held", "missing", "missing");
    private static final Set<String> CUE_TERMS = Set.of("denied", "deny", "denie", "denying", "rejected", "reject",
            "dismissed", "dismisse", "refuted", "disputed", "dispute", "contradicted", "true", "untrue", "false",
            "invented", "fabricated", "baseless", "misled", "misleading", "misinformed", "lying", "distortion",
            "inconclusive", "evidence", "never", "nobody", "claimed", "claim", "called", "accused", "accuse");

    /** A dispute: its claim and its sides, in story order. */
    public record Found(StorySentence claim, List<StorySentence> sides) {}

    public static List<Found> find(List<StorySentence> sentences, int maxDisputes) {
        Map<String, Integer> sentencesWith = new HashMap<>();
        for (StorySentence s : sentences) {
            for (String t : s.terms()) {
                sentencesWith.merge(t, 1, Integer::sum);
            }
        }
        int n = sentences.size();
        List<StorySentence[]> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StorySentence c = sentences.get(i);
            if (!DENIAL.matcher(c.text()).find()) {
                continue;
            }
            if (ANAPHORIC.matcher(c.text()).find() && i > 0 && sentences.get(i - 1).articleIndex() == c.articleIndex()) {
                pairs.add(new StorySentence[] {sentences.get(i - 1), c});
                continue;
            }
            if (c.wordCount() < 5) {
                continue;
            }
            Set<String> scope = scope(c.text());
            double own = 0;
            for (String t : c.terms()) {
                if (!CUE_TERMS.contains(t)) {
                    own += Math.log(n / (double) sentencesWith.get(t));
                }
            }
            StorySentence best = null;
            double bestWeight = 0;
            int bestShared = 0;
            for (StorySentence s : sentences) {
                if (s == c || s.text().equals(c.text()) || s.wordCount() < 5) {
                    continue;
                }
                double weight = 0;
                int shared = 0;
                int inScope = 0;
                for (String t : c.terms()) {
                    if (s.terms().contains(t) && !CUE_TERMS.contains(t)) {
                        shared++;
                        weight += Math.log(n / (double) sentencesWith.get(t));
                        inScope += scope.contains(t) ? 1 : 0;
                    }
                }
                // what it shares must include what is denied, not only who denies it
                if (shared < 2 || inScope < 2) {
                    continue;
                }
                if (!s.outlet().map(Outlets::key).equals(c.outlet().map(Outlets::key))) {
                    weight *= 1.2;
                }
                if (weight > bestWeight) {
                    bestWeight = weight;
                    bestShared = shared;
                    best = s;
                }
            }
            // the claim must share a good part of what the denial is about (3+ terms, a quarter of its weight)
            if (best != null && bestShared >= 3 && bestWeight >= 0.25 * own) {
                pairs.add(best.articleIndex() < c.articleIndex()
                        || best.articleIndex() == c.articleIndex() && best.position() < c.position()
                        ? new StorySentence[] {best, c} : new StorySentence[] {c, best});
            }
        }
        conflictingCounts(sentences, pairs);
        neighbouringDenials(sentences, pairs);
        return group(pairs, maxDisputes);
    }

    /** The content terms after the first denial cue of a sentence (what it denies), cue words left out. */
    private static Set<String> scope(String sentence) {
        Matcher m = DENIAL.matcher(sentence);
        Set<String> out = new LinkedHashSet<>(Words.terms(m.find() ? sentence.substring(m.start()) : sentence));
        out.removeAll(CUE_TERMS);
        return out;
    }

    /**
     * A denial that goes on over the next sentences of its article ("... flatly denied that Kestria had withdrawn its
     * proposal. 'Our proposal was never withdrawn.'") joins the dispute: a sentence at most two after a side, with a
     * denial or a "no"/"never" of its own, that shares a content term with the side.
     */
    private static void neighbouringDenials(List<StorySentence> sentences, List<StorySentence[]> pairs) {
        Set<StorySentence> sides = new LinkedHashSet<>();
        for (StorySentence[] p : pairs) {
            sides.add(p[0]);
            sides.add(p[1]);
        }
        Map<Long, StorySentence> byOrder = new HashMap<>();
        sentences.forEach(s -> byOrder.put(order(s), s));
        for (StorySentence side : sides) {
            if (!DENIAL.matcher(side.text()).find()) {
                continue;
            }
            for (int d = 1; d <= 2; d++) {
                StorySentence next = byOrder.get(order(side) + d);
                if (next == null || sides.contains(next) || !negates(next.text())) {
                    continue;
                }
                boolean shares = next.terms().stream().anyMatch(t -> !CUE_TERMS.contains(t) && side.terms().contains(t));
                if (shares) {
                    pairs.add(new StorySentence[] {side, next});
                }
            }
        }
    }

    /** A denial cue or a plain negation. */
    private static boolean negates(String sentence) {
        return NEGATION.matcher(sentence).find() || DENIAL.matcher(sentence).find();
    }

    private static void conflictingCounts(List<StorySentence> sentences, List<StorySentence[]> pairs) {
        Map<StorySentence, Map<String, String>> counts = new LinkedHashMap<>();
        for (StorySentence s : sentences) {
            Matcher m = COUNT.matcher(s.text());
            while (m.find()) {
                if (PARTITIVE.matcher(s.text()).region(m.end(1), s.text().length()).lookingAt()) {
                    continue; // "four of the dead": a part, not a total
                }
                counts.computeIfAbsent(s, k -> new LinkedHashMap<>())
                        .putIfAbsent(COUNT_CLASS.get(m.group(2).toLowerCase(java.util.Locale.ROOT)),
                                m.group(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        List<StorySentence> with = new ArrayList<>(counts.keySet());
        for (int i = 0; i < with.size(); i++) {
            for (int j = i + 1; j < with.size(); j++) {
                StorySentence a = with.get(i);
                StorySentence b = with.get(j);
                if (a.articleIndex() == b.articleIndex() || !close(a, b)) {
                    continue;
                }
                for (var e : counts.get(a).entrySet()) {
                    String other = counts.get(b).get(e.getKey());
                    if (other != null && !other.equals(e.getValue()) && a.overlap(b) > 0.05) {
                        pairs.add(new StorySentence[] {a, b});
                        break;
                    }
                }
            }
        }
    }

    private static boolean close(StorySentence a, StorySentence b) {
        if (a.date().isEmpty() || b.date().isEmpty()) {
            return true;
        }
        return Math.abs(a.date().get().toEpochDay() - b.date().get().toEpochDay()) <= 3;
    }

    private static List<Found> group(List<StorySentence[]> pairs, int maxDisputes) {
        Map<StorySentence, StorySentence> parent = new LinkedHashMap<>();
        for (StorySentence[] p : pairs) {
            union(parent, p[0], p[1]);
        }
        Map<StorySentence, List<StorySentence[]>> byRoot = new LinkedHashMap<>();
        for (StorySentence[] p : pairs) {
            byRoot.computeIfAbsent(root(parent, p[0]), k -> new ArrayList<>()).add(p);
        }
        List<Found> out = new ArrayList<>();
        for (List<StorySentence[]> group : byRoot.values()) {
            Set<StorySentence> sides = new LinkedHashSet<>();
            StorySentence claim = group.get(0)[0];
            for (StorySentence[] p : group) {
                sides.add(p[0]);
                sides.add(p[1]);
                if (order(p[0]) < order(claim)) {
                    claim = p[0];
                }
            }
            List<StorySentence> ordered = new ArrayList<>(sides);
            ordered.sort(Comparator.comparingLong(DisputeFinder::order));
            out.add(new Found(claim, ordered.subList(0, Math.min(8, ordered.size()))));
        }
        out.sort(Comparator.comparingLong((Found f) -> -outlets(f)).thenComparingInt(f -> -f.sides().size())
                .thenComparingLong(f -> order(f.claim())));
        return List.copyOf(out.subList(0, Math.min(maxDisputes, out.size())));
    }

    private static long outlets(Found f) {
        return f.sides().stream().map(s -> s.outlet().map(Outlets::key).orElse(s.articleId())).distinct().count();
    }

    private static long order(StorySentence s) {
        return (long) s.articleIndex() * 100_000 + s.position();
    }

    private static void union(Map<StorySentence, StorySentence> parent, StorySentence a, StorySentence b) {
        StorySentence ra = root(parent, a);
        StorySentence rb = root(parent, b);
        if (ra != rb) {
            parent.put(rb, ra);
        }
    }

    private static StorySentence root(Map<StorySentence, StorySentence> parent, StorySentence s) {
        StorySentence r = s;
        while (parent.containsKey(r) && parent.get(r) != r) {
            r = parent.get(r);
        }
        parent.putIfAbsent(s, s);
        return r;
    }

    /** Whether a sentence carries a denial cue (for tests). */
    public static boolean denies(String sentence) {
        return DENIAL.matcher(sentence).find();
    }

}
