package org.storyline.pipeline;

import org.storyline.model.AnnotatedArticle;
import org.storyline.model.StageOutcome;

/**
 * Progress callback of a pipeline run: told about every finished article, in input order, on the writer thread.
 * Progress bars and counters implement it; the pipeline itself never prints.
 */
@FunctionalInterface
public interface RunListener {
    RunListener NONE = outcome -> {};

    void onArticle(StageOutcome<AnnotatedArticle> outcome);
}
