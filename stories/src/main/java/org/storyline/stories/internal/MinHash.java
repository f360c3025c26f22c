package org.storyline.stories.internal;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Word shingles and their MinHash signature, for near-duplicate detection with LSH banding.
 *
 * <p>Shingles are hashes of {@code k} consecutive lower-cased word tokens; a signature holds, for each of
 * {@code bands * rows} seeded hash functions, the least hash over the shingles, so that two signatures agree in a
 * position with probability equal to the Jaccard similarity of the shingle sets. Two articles share an LSH bucket when
 * all {@code rows} values of some band agree; with 32 bands of 2 rows a pair of Jaccard 0.2 becomes a candidate with
 * probability 0.73 and 0.3 with 0.95, so partial copies (which share a part of the text, low Jaccard but high
 * containment) are found too; the exact containment check over the shingle sets then decides.
 */
public final class MinHash {
    private final int shingleWords;
    private final int bands;
    private final int rows;
    private final long[] multipliers;
    private final long[] offsets;

    public MinHash(int shingleWords, int bands, int rows, long seed) {
        if (shingleWords < 1 || bands < 1 || rows < 1) {
            throw new IllegalArgumentException("shingleWords, bands and rows must be positive: " + shingleWords + ", "
                    + bands + ", " + rows);
        }
        this.shingleWords = shingleWords;
        this.bands = bands;
        this.rows = rows;
        var random = new SplittableRandom(seed);
        multipliers = new long[bands * rows];
        offsets = new long[bands * rows];
        for (int i = 0; i < multipliers.length; i++) {
            multipliers[i] = random.nextLong() | 1L;
            offsets[i] = random.nextLong();
        }
    }

    public int bands() {
        return bands;
    }

    /** The sorted, distinct shingle hashes of {@code text}; a text shorter than one shingle gives one shingle. */
    public long[] shingles(CharSequence text) {
        List<String> tokens = Words.tokens(text);
        if (tokens.isEmpty()) {
            return new long[0];
        }
        int count = Math.max(1, tokens.size() - shingleWords + 1);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = i; j < Math.min(tokens.size(), i + shingleWords); j++) {
                h = mix(h ^ tokens.get(j).hashCode()) * 31 + tokens.get(j).length();
            }
            out[i] = mix(h);
        }
        Arrays.sort(out);
        return distinct(out);
    }

    /** The MinHash signature of a shingle set. */
    public long[] signature(long[] shingles) {
        long[] sig = new long[multipliers.length];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < sig.length; i++) {
                long h = mix(s * multipliers[i] + offsets[i]);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** The bucket hash of band {@code band} of a signature. */
    public long bandHash(long[] signature, int band) {
        long h = band;
        for (int r = 0; r < rows; r++) {
            h = mix(h * 0x100000001B3L ^ signature[band * rows + r]);
        }
        return h;
    }

    /** The number of shingles two sorted distinct sets share. */
    public static int intersection(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    private static long[] distinct(long[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }

    /** SplitMix64's finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
