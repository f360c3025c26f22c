package org.storyline.stories.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.TextSpan;
import org.storyline.stories.Outlets;

/**
 * A sentence of one of a story's original articles, with what the summary and dispute finders need: its article,
 * outlet and date, its span and words, its content terms, and its position in the article.
 */
public record StorySentence(int articleIndex, String articleId, Optional<String> outlet, Optional<LocalDate> date,
        TextSpan span, String text, Set<String> terms, int position) {

    /** The sentences of {@code article}, the {@code index}th article of its story. */
    public static List<StorySentence> of(AnnotatedArticle article, int index) {
        List<StorySentence> out = new ArrayList<>();
        String text = article.article().text();
        int position = 0;
        for (TextSpan span : Sentences.split(text)) {
            String s = span.of(text);
            out.add(new StorySentence(index, article.article().id(), Outlets.of(article.article()),
                    ArticleFeatures.date(article), span, s, new LinkedHashSet<>(Words.terms(s)), position++));
        }
        return out;
    }

    public int wordCount() {
        return Words.tokens(text).size();
    }

    /** Jaccard similarity of the content terms of two sentences. */
    public double overlap(StorySentence other) {
        if (terms.isEmpty() || other.terms.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String t : terms) {
            if (other.terms.contains(t)) {
                shared++;
            }
        }
        return shared / (double) (terms.size() + other.terms.size() - shared);
    }
}
