package org.storyline.stories;

import java.io.Serializable;

/**
 * The settings of {@link StoryEngine}: syndication thresholds, the weights of the story score and its thresholds, and
 * the bounds that keep the cost per article independent of how many stories are stored. A serializable record, so a
 * Spark job can ship it.
 *
 * @param shingleWords       words per shingle for copy detection
 * @param lshBands           LSH bands (of {@code lshRows} MinHash values each)
 * @param lshRows            MinHash values per band
 * @param duplicateJaccard   shingle Jaccard from which an article is a duplicate (a verbatim copy, furniture aside)
 * @param partialContainment share of the shorter article's shingles found in the other, from which it is a partial copy
 * @param termWeight         weight of the TF-IDF cosine with the story's term centroid
 * @param embeddingWeight    weight of the cosine with the story's mean title-and-lead embedding
 * @param keyWeight          weight of the cosine with the story's actor and entity keys
 * @param eventWeight        weight of the cosine of event-type counts (when both have events)
 * @param joinThreshold      score from which an article joins its best candidate story, else it starts one
 * @param mergeThreshold     story-to-story score from which two stories that converged are merged
 * @param windowDays         a story whose dated articles all lie further than this from the article's date is no candidate
 * @param keysPerArticle     index keys (actors, entities, top terms) an article looks up and registers
 * @param storiesPerKey      most recent stories read per key
 * @param candidatesScored   candidate stories scored in full, those sharing the most key weight first
 */
public record StoryConfig(int shingleWords, int lshBands, int lshRows, double duplicateJaccard,
        double partialContainment, double termWeight, double embeddingWeight, double keyWeight, double eventWeight,
        double joinThreshold, double mergeThreshold, int windowDays, int keysPerArticle, int storiesPerKey,
        int candidatesScored) implements Serializable {

    /** The settings measured in CHANGELOG.md (wikiref220 and the demo gold). */
    public static final StoryConfig DEFAULT = new StoryConfig(5, 32, 2, 0.8, 0.5,
            0.4, 0.35, 0.2, 0.05, 0.22, 0.45, 30, 24, 32, 48);

    public StoryConfig {
        if (shingleWords < 1 || lshBands < 1 || lshRows < 1 || keysPerArticle < 1 || storiesPerKey < 1
                || candidatesScored < 1 || windowDays < 0) {
            throw new IllegalArgumentException("sizes must be positive: " + shingleWords + ", " + lshBands + ", "
                    + lshRows + ", " + keysPerArticle + ", " + storiesPerKey + ", " + candidatesScored + ", "
                    + windowDays);
        }
    }

    /** A copy with other join and merge thresholds. */
    public StoryConfig withThresholds(double join, double merge) {
        return new StoryConfig(shingleWords, lshBands, lshRows, duplicateJaccard, partialContainment, termWeight,
                embeddingWeight, keyWeight, eventWeight, join, merge, windowDays, keysPerArticle, storiesPerKey,
                candidatesScored);
    }

    /** A copy with other score weights. */
    public StoryConfig withWeights(double term, double embedding, double key, double event) {
        return new StoryConfig(shingleWords, lshBands, lshRows, duplicateJaccard, partialContainment, term,
                embedding, key, event, joinThreshold, mergeThreshold, windowDays, keysPerArticle, storiesPerKey,
                candidatesScored);
    }
}
