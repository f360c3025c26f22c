package org.storyline.stories.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Annotations;
import org.storyline.model.CleanArticle;
import org.storyline.model.EventMention;
import org.storyline.model.TextSpan;

/**
 * The clustering features of one article: unit TF-IDF vectors of its content terms ({@code t:} keys) and of its
 * actors and entities ({@code a:} actor ids, {@code e:} entity texts without an actor), event-type counts, its date,
 * and the text its embedding is computed from (title and lead).
 */
public record ArticleFeatures(Map<String, Double> terms, Map<String, Double> keys, Map<String, Integer> eventTypes,
        Optional<LocalDate> date, String lead) {

    static final int TERMS_KEPT = 80;
    static final int KEYS_KEPT = 40;

    /** Raw counts before weighting: what {@link #of} needs the document frequencies of. */
    public record Counts(Map<String, Integer> terms, Map<String, Integer> keys) {
        public List<String> all() {
            var out = new ArrayList<String>(terms.size() + keys.size());
            out.addAll(terms.keySet());
            out.addAll(keys.keySet());
            return out;
        }
    }

    /** The term and key counts of an article (title words count three times: a headline names the story). */
    public static Counts count(AnnotatedArticle article) {
        CleanArticle a = article.article();
        Map<String, Integer> terms = new LinkedHashMap<>();
        a.title().ifPresent(t -> Words.termCounts(t).forEach((k, v) -> terms.merge("t:" + k, 3 * v, Integer::sum)));
        Words.termCounts(a.text()).forEach((k, v) -> terms.merge("t:" + k, v, Integer::sum));
        Map<String, Integer> keys = new LinkedHashMap<>();
        article.annotations().ifPresent(n -> {
            for (int i = 0; i < n.entities().size(); i++) {
                String key = n.entityActors().get(i).map(id -> "a:" + id)
                        .orElse("e:" + n.entities().get(i).text().toLowerCase(Locale.ROOT).strip());
                keys.merge(key, 1, Integer::sum);
            }
        });
        return new Counts(terms, keys);
    }

    /** The features, weighting counts by inverse document frequency over {@code articles} articles seen. */
    public static ArticleFeatures of(AnnotatedArticle article, Counts counts, ToIntFunction<String> documentFrequency,
            long articles) {
        Map<String, Double> terms = Vectors.unit(Vectors.top(weigh(counts.terms(), documentFrequency, articles), TERMS_KEPT));
        Map<String, Double> keys = Vectors.unit(Vectors.top(weigh(counts.keys(), documentFrequency, articles), KEYS_KEPT));
        Map<String, Integer> types = new LinkedHashMap<>();
        article.annotations().map(Annotations::events).orElse(List.of()).stream()
                .filter(e -> !e.negated() && !e.hypothetical())
                .forEach(e -> types.merge(e.type().name(), 1, Integer::sum));
        return new ArticleFeatures(terms, keys, types, date(article), lead(article.article()));
    }

    private static Map<String, Double> weigh(Map<String, Integer> counts, ToIntFunction<String> df, long n) {
        Map<String, Double> out = new LinkedHashMap<>();
        counts.forEach((k, tf) -> out.put(k, (1 + Math.log(tf)) * idf(df.applyAsInt(k), n)));
        return out;
    }

    /** Smoothed inverse document frequency. */
    public static double idf(int df, long n) {
        return Math.log((n + 1.0) / (df + 1.0)) + 1;
    }

    /** The article's date: its publication date, else the most reported day of its events. */
    public static Optional<LocalDate> date(AnnotatedArticle article) {
        if (article.article().published().isPresent()) {
            return article.article().published();
        }
        Map<LocalDate, Integer> days = new LinkedHashMap<>();
        for (EventMention e : article.annotations().map(Annotations::events).orElse(List.of())) {
            e.date().ifPresent(d -> days.merge(d, 1, Integer::sum));
        }
        return days.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** The title and the first sentences of the body, up to about 600 characters. */
    public static String lead(CleanArticle a) {
        var sb = new StringBuilder();
        a.title().ifPresent(t -> sb.append(t.strip()).append(". "));
        for (TextSpan s : Sentences.split(a.text())) {
            if (sb.length() > 600) {
                break;
            }
            sb.append(s.of(a.text())).append(' ');
        }
        return sb.toString().strip();
    }

    /** The lookup keys: the heaviest actor/entity keys and the heaviest terms, half each. */
    public List<String> lookupKeys(int limit) {
        var out = new LinkedHashSet<String>();
        int half = limit / 2;
        keys.keySet().stream().limit(half).forEach(out::add);
        terms.keySet().stream().limit(limit - out.size()).forEach(out::add);
        return List.copyOf(out);
    }
}
