package org.storyline.stories;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Annotations;
import org.storyline.model.EventArgument;
import org.storyline.model.EventMention;
import org.storyline.model.QuoteKind;
import org.storyline.model.QuoteMention;
import org.storyline.stories.internal.ArticleFeatures;
import org.storyline.stories.internal.DisputeFinder;
import org.storyline.stories.internal.StorySentence;
import org.storyline.stories.internal.Summarizer;
import org.storyline.stories.internal.Vectors;
import org.storyline.stories.internal.Words;

/**
 * Builds a {@link Story}'s details from its articles: a pure function, so the engine (from its state) and a store
 * (from its tables) give the same story for the same articles.
 *
 * <p>Copies are listed and kept as evidence but add nothing of their own: the summary, timeline and disputes are
 * drawn from original articles, and an outlet counts as independent only through an original. The timeline holds
 * each dated event (not negated, not hypothetical; keyed by day, PLOVER type and actors) and each direct or partial
 * quote once, as first reported, with the number of independent outlets reporting it.
 */
public final class StoryBuilder {
    private StoryBuilder() {}

    /** That an article copies another; {@code original} is never itself a copy. */
    public record Copy(String original, CopyKind kind) implements java.io.Serializable {
        public Copy {
            requireNonNull(original, "original is null");
            requireNonNull(kind, "kind is null");
        }
    }

    /** The story {@code storyId} of {@code articles} (in the order the story received them). */
    public static Story build(String storyId, List<AnnotatedArticle> articles, Map<String, Copy> copies) {
        List<AnnotatedArticle> ordered = new ArrayList<>(articles);
        ordered.sort(Comparator.comparing((AnnotatedArticle a) -> ArticleFeatures.date(a).orElse(LocalDate.MAX)));
        List<AnnotatedArticle> originals = ordered.stream().filter(a -> !copies.containsKey(a.article().id())).toList();
        List<String> ids = articles.stream().map(a -> a.article().id()).toList();
        List<Story.CopyLink> duplicates = new ArrayList<>();
        List<Story.CopyLink> near = new ArrayList<>();
        for (String id : ids) {
            Copy c = copies.get(id);
            if (c != null) {
                (c.kind() == CopyKind.DUPLICATE ? duplicates : near).add(new Story.CopyLink(id, c.original()));
            }
        }
        // one name per outlet: its own name rather than a host name or a feed's "Name - Section"
        Map<String, String> outlets = new LinkedHashMap<>();
        for (AnnotatedArticle a : ordered) {
            Outlets.of(a.article()).ifPresent(name -> outlets.merge(Outlets.key(name), name,
                    (had, now) -> better(had, now)));
        }
        Set<String> independent = new LinkedHashSet<>();
        originals.forEach(a -> Outlets.of(a.article()).map(Outlets::key).ifPresent(independent::add));
        Optional<LocalDate> first = ordered.stream().map(ArticleFeatures::date).flatMap(Optional::stream).min(Comparator.naturalOrder());
        Optional<LocalDate> last = ordered.stream().map(ArticleFeatures::date).flatMap(Optional::stream).max(Comparator.naturalOrder());

        List<StorySentence> sentences = new ArrayList<>();
        for (int i = 0; i < originals.size(); i++) {
            sentences.addAll(StorySentence.of(originals.get(i), i));
        }
        String summary = Summarizer.summarize(sentences, originals.size()).stream().map(StorySentence::text)
                .collect(Collectors.joining(" "));
        List<Story.Dispute> disputes = new ArrayList<>();
        for (DisputeFinder.Found f : DisputeFinder.find(sentences, 10)) {
            List<Story.DisputeSide> sides = f.sides().stream().map(s -> new Story.DisputeSide(s.outlet(),
                    s.articleId(), s.span().start(), s.span().end(), s.text())).toList();
            disputes.add(new Story.Dispute(f.claim().text(), sides));
        }
        return new Story(storyId, title(originals.isEmpty() ? ordered : originals), ids, duplicates, near,
                List.copyOf(outlets.values()), independent.size(), first, last, summary, timeline(originals), disputes);
    }

    /** Of two names of one outlet, its own name over a host name, then the shorter (no section). */
    private static String better(String a, String b) {
        if (Outlets.isHost(a) != Outlets.isHost(b)) {
            return Outlets.isHost(a) ? b : a;
        }
        return b.length() < a.length() ? b : a;
    }

    /** The title of the article closest to the story's term centroid (the earliest on a tie). */
    static String title(List<AnnotatedArticle> articles) {
        Map<String, Double> centroid = new LinkedHashMap<>();
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (AnnotatedArticle a : articles) {
            Map<String, Double> v = new LinkedHashMap<>();
            Words.termCounts(a.article().title().orElse("") + "\n" + a.article().text())
                    .forEach((k, c) -> v.put(k, 1 + Math.log(c)));
            vectors.add(Vectors.unit(v));
            Vectors.unit(v).forEach((k, x) -> centroid.merge(k, x, Double::sum));
        }
        String best = "";
        double bestScore = -1;
        for (int i = 0; i < articles.size(); i++) {
            Optional<String> t = articles.get(i).article().title();
            double s = Vectors.cosine(vectors.get(i), centroid);
            if (t.isPresent() && !t.get().isBlank() && s > bestScore + 1e-9) {
                bestScore = s;
                best = t.get().strip();
            }
        }
        return best;
    }

    private record Pending(LocalDate date, int order, Story.TimelineItem item, Set<String> outlets) {}

    static List<Story.TimelineDay> timeline(List<AnnotatedArticle> originals) {
        Map<String, Pending> events = new LinkedHashMap<>();
        Map<String, Pending> quotes = new LinkedHashMap<>();
        for (int i = 0; i < originals.size(); i++) {
            AnnotatedArticle a = originals.get(i);
            String text = a.article().text();
            String outlet = Outlets.of(a.article()).map(Outlets::key).orElse(a.article().id());
            Annotations n = a.annotations().orElse(Annotations.empty());
            for (EventMention e : n.events()) {
                if (e.negated() || e.hypothetical() || e.date().isEmpty()) {
                    continue;
                }
                String key = e.date().get() + "|" + e.type() + "|" + actors(e.source()) + "|" + actors(e.target());
                Pending p = events.get(key);
                if (p == null) {
                    var item = new Story.TimelineItem(Story.ItemKind.EVENT, a.article().id(), e.sentence().start(),
                            e.sentence().end(), e.sentence().of(text), Optional.of(e.type().name()), 1);
                    events.put(key, new Pending(e.date().get(), i, item, new LinkedHashSet<>(Set.of(outlet))));
                } else {
                    p.outlets().add(outlet);
                }
            }
            Optional<LocalDate> day = a.article().published().or(() -> ArticleFeatures.date(a));
            if (day.isEmpty()) {
                continue;
            }
            for (QuoteMention q : n.quotes()) {
                if (q.kind() == QuoteKind.INDIRECT || Words.tokens(q.text()).size() < 4) {
                    continue;
                }
                String key = String.join(" ", Words.tokens(q.text()));
                Pending p = quotes.get(key);
                if (p == null) {
                    var item = new Story.TimelineItem(Story.ItemKind.QUOTE, a.article().id(), q.span().start(),
                            q.span().end(), q.text(), q.speaker().map(s -> s.name()), 1);
                    quotes.put(key, new Pending(day.get(), i, item, new LinkedHashSet<>(Set.of(outlet))));
                } else {
                    p.outlets().add(outlet);
                }
            }
        }
        TreeMap<LocalDate, List<Pending>> days = new TreeMap<>();
        for (Pending p : events.values()) {
            days.computeIfAbsent(p.date(), k -> new ArrayList<>()).add(p);
        }
        for (Pending p : quotes.values()) {
            days.computeIfAbsent(p.date(), k -> new ArrayList<>()).add(p);
        }
        List<Story.TimelineDay> out = new ArrayList<>();
        days.forEach((date, items) -> {
            items.sort(Comparator.comparing((Pending p) -> p.item().kind()).thenComparingInt(Pending::order)
                    .thenComparingInt(p -> p.item().start()));
            out.add(new Story.TimelineDay(date, items.stream().map(p -> new Story.TimelineItem(p.item().kind(),
                    p.item().article(), p.item().start(), p.item().end(), p.item().text(), p.item().label(),
                    p.outlets().size())).toList()));
        });
        return List.copyOf(out);
    }

    private static String actors(List<EventArgument> arguments) {
        return arguments.stream().map(a -> a.actor().orElse(a.name().toLowerCase(Locale.ROOT))).sorted()
                .collect(Collectors.joining(","));
    }
}
