package org.storyline.clean.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Identifies the language of a text (ISO 639-1) with OpenNLP's language-detection model ({@code langdetect-183.bin}
 * from {@code opennlp-models-langdetect}), loaded lazily once per JVM on first use.
 *
 * <p>Returns empty for texts shorter than {@value #MIN_CHARS} characters, when the model is not confident, and for
 * languages without a two-letter code (the model answers in ISO 639-3). Only the first {@value #MAX_CHARS}
 * characters are read: the model's cost grows with the number of distinct n-grams, and past a few
 * hundred characters of running prose more text no longer changes its answer.
 *
 * <p>Thread-safe: the maxent model is read-only after loading and is published through a holder class, so
 * concurrent first calls load it once.
 */
public final class LanguageIdentifier {
    static final int MIN_CHARS = 40;
    static final int MAX_CHARS = 400;
    static final String MODEL_RESOURCE = "/langdetect-183.bin";
    /** Below this probability for the best language, or this margin over the second, the answer is empty. */
    private static final double MIN_CONFIDENCE = 0.05;
    private static final double MIN_MARGIN = 1.5;

    private static final int MIN_NGRAM = 1;
    private static final int MAX_NGRAM = 3;
    /** The normalizers OpenNLP's {@code LanguageDetectorFactory} applies before taking n-grams, in its order. */
    private static final CharSequenceNormalizer NORMALIZER = new AggregateCharSequenceNormalizer(
            EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
            TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
            ShrinkCharSequenceNormalizer.getInstance());
    private static final Logger LOG = LoggerFactory.getLogger(LanguageIdentifier.class);
    private static final LanguageIdentifier SHARED = new LanguageIdentifier();

    /** ISO 639-3 (as the model names its languages) to ISO 639-1. */
    private static final Map<String, String> ISO_639_1 = isoTable();

    /** The instance every caller in this JVM shares. */
    public static LanguageIdentifier shared() {
        return SHARED;
    }

    /** The text's language as an ISO 639-1 code, or empty when too short, uncertain or without a two-letter code. */
    public Optional<String> identify(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        if (sample.strip().length() < MIN_CHARS) {
            return Optional.empty();
        }
        Optional<Guess> guess = guess(sample);
        if (guess.isEmpty()) {
            return Optional.empty();
        }
        Guess g = guess.get();
        if (g.probability() < MIN_CONFIDENCE || g.probability() < g.secondProbability() * MIN_MARGIN) {
            return Optional.empty();
        }
        return Optional.ofNullable(ISO_639_1.get(g.language()));
    }

    /** The model's best language (ISO 639-3) with its probability and the runner-up's. */
    record Guess(String language, double probability, double secondProbability) {}

    /** The model's answer for a text, or empty when the model is unavailable. */
    static Optional<Guess> guess(String text) {
        if (Holder.MODEL.isEmpty()) {
            return Optional.empty();
        }
        MaxentModel model = Holder.MODEL.get();
        double[] probs = model.eval(context(text));
        int best = -1;
        int second = -1;
        for (int i = 0; i < probs.length; i++) {
            if (best < 0 || probs[i] > probs[best]) {
                second = best;
                best = i;
            } else if (second < 0 || probs[i] > probs[second]) {
                second = i;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        return Optional.of(new Guess(model.getOutcome(best), probs[best], second < 0 ? 0 : probs[second]));
    }

    /**
     * The model's features for a text, as OpenNLP's {@code DefaultLanguageDetectorContextGenerator} makes them
     * (the same normalizers, lower case, every distinct character 1- to 3-gram, each counted once).
     *
     * <p><b>Design decision:</b> built here rather than through {@code LanguageDetectorME.predictLanguages}: OpenNLP
     * keys its n-grams by {@code CharBuffer}, whose hashing and comparison made language identification cost as much
     * as parsing the whole page. Plain strings give the same features several times faster; the test compares both.
     */
    static String[] context(CharSequence text) {
        String normalized = NORMALIZER.normalize(text).toString();
        int n = normalized.length();
        char[] lower = new char[n];
        for (int i = 0; i < n; i++) {
            lower[i] = Character.toLowerCase(normalized.charAt(i));
        }
        Set<String> grams = new HashSet<>(n * 4);
        for (int len = MIN_NGRAM; len <= MAX_NGRAM; len++) {
            for (int i = 0; i + len <= n; i++) {
                grams.add(new String(lower, i, len));
            }
        }
        return grams.toArray(new String[0]);
    }

    /**
     * Loads the model on first use (class initialisation is lazy and thread-safe). A missing or unreadable model
     * is logged once and leaves every language empty: cleaning goes on without it.
     */
    private static final class Holder {
        static final Optional<MaxentModel> MODEL = load();

        private static Optional<MaxentModel> load() {
            try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    LOG.warn("Language model {} not on the classpath; languages stay empty. Add "
                            + "org.apache.opennlp:opennlp-models-langdetect to the runtime classpath", MODEL_RESOURCE);
                    return Optional.empty();
                }
                return Optional.of(new LanguageDetectorModel(in).getMaxentModel());
            } catch (IOException | RuntimeException e) {
                LOG.warn("Cannot read language model {}; languages stay empty", MODEL_RESOURCE, e);
                return Optional.empty();
            }
        }
    }

    private static Map<String, String> isoTable() {
        String[] pairs = {
            "afr af", "ara ar", "aze az", "bak ba", "bel be", "ben bn", "bos bs", "bre br", "bul bg", "cat ca",
            "ces cs", "che ce", "cmn zh", "zho zh", "cym cy", "dan da", "deu de", "ekk et", "est et", "ell el",
            "eng en", "epo eo", "eus eu", "fao fo", "fas fa", "pes fa", "fin fi", "fra fr", "fry fy", "gle ga",
            "glg gl", "guj gu", "heb he", "hin hi", "hrv hr", "hun hu", "hye hy", "ind id", "isl is", "ita it",
            "jav jv", "jpn ja", "kan kn", "kat ka", "kaz kk", "kir ky", "kor ko", "lat la", "lav lv", "lvs lv",
            "lim li", "lit lt", "ltz lb", "mal ml", "mar mr", "mkd mk", "mlt mt", "mon mn", "mri mi", "msa ms",
            "zsm ms", "nep ne", "nld nl", "nno nn", "nob nb", "nor no", "oci oc", "pan pa", "plt mg", "pol pl",
            "por pt", "pus ps", "ron ro", "rus ru", "san sa", "sin si", "slk sk", "slv sl", "som so", "spa es",
            "sqi sq", "als sq", "srp sr", "sun su", "swa sw", "swh sw", "swe sv", "tam ta", "tat tt", "tel te",
            "tgk tg", "tgl tl", "tha th", "tur tr", "ukr uk", "urd ur", "uzb uz", "uzn uz", "vie vi", "vol vo",
            "zul zu", "amh am", "yid yi", "xho xh", "yor yo", "ibo ig", "hau ha", "kin rw", "khm km",
            "lao lo", "mya my", "ori or", "asm as", "div dv", "gla gd", "kur ku", "ckb ku", "snd sd", "tuk tk",
            "uig ug", "que qu", "grn gn", "hat ht", "smo sm", "ton to", "fij fj", "nya ny", "sna sn", "sot st",
            "tsn tn", "wol wo", "lug lg", "orm om", "tir ti", "aka ak", "ewe ee", "lin ln", "bod bo", "dzo dz"
        };
        Map<String, String> table = new TreeMap<>();
        for (String pair : pairs) {
            String[] p = pair.split(" ");
            if (p[1].length() == 2) {
                table.put(p[0], p[1]);
            }
        }
        return Map.copyOf(table);
    }
}
