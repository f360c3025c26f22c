package org.storyline.annotate.corenlp;

import static java.util.Objects.requireNonNull;


import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storyline.annotate.nlp.Dependency;
import org.storyline.annotate.nlp.NlpBackend;
import org.storyline.annotate.nlp.ParsedSentence;
import org.storyline.annotate.nlp.Sentence;
import org.storyline.annotate.nlp.TextAnalysis;
import org.storyline.annotate.nlp.Token;
import org.storyline.model.EntityMention;
import org.storyline.model.EntityType;
import org.storyline.model.TextSpan;

/**
 * Named entities (persons, organisations, locations, miscellaneous names) in an article's cleaned text, from
 * CoreNLP's statistical NER, as {@link EntityMention} spans into that text.
 *
 * <pre>{@code
 * List<EntityMention> entities = CoreNlpEntityRecognizer.shared().recognize(article.text());
 * }</pre>
 *
 * <p>Design decision: statistical NER only (tokenize, ssplit, pos, lemma, ner with {@code ner.statisticalOnly}). The
 * default NER runs SUTime and a regular-expression gazetteer for fine-grained types, about 7× slower on this machine
 * (see ../shared/notes/nlp-measurements.md); dates have their own engine-neutral annotator, and countries and
 * nationalities come from Storyline's own knowledge file (#3), so neither is needed here.
 *
 * <p><b>NOTE:</b> the pipeline (about 10 s and several hundred MB) loads once per JVM, on first use; the shared
 * instance is safe to use from several threads.
 */
public final class CoreNlpEntityRecognizer implements NlpBackend {
    private static final Logger log = LoggerFactory.getLogger(CoreNlpEntityRecognizer.class);

    /** Lazy holder: the class loads the pipeline the first time {@link #shared()} is called. */
    private static final class Holder {
        static final CoreNlpEntityRecognizer SHARED = new CoreNlpEntityRecognizer();
    }

    private final StanfordCoreNLP pipeline;

    private CoreNlpEntityRecognizer() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("ner.statisticalOnly", "true");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
        long started = System.nanoTime();
        this.pipeline = new StanfordCoreNLP(props);
        log.info("CoreNLP pipeline loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** The pipeline of this JVM, loaded on first use. */
    public static CoreNlpEntityRecognizer shared() {
        return Holder.SHARED;
    }

    /** Entity mentions of {@code text} in order: runs of tokens with the same NER tag, joined across spaces. */
    public List<EntityMention> recognize(String text) {
        return analyze(text).entities();
    }

    /**
     * Sentences, tokens (with lemma and tag) and entities of {@code text}; each sentence's dependency parse on request
     * ({@link TextAnalysis#parse}), by CoreNLP's neural dependency parser (English UD), loaded on the first request.
     */
    @Override
    public TextAnalysis analyze(String text) {
        requireNonNull(text, "text is null");
        Annotation document = new Annotation(text);
        pipeline.annotate(document);
        List<EntityMention> out = new ArrayList<>();
        List<CoreMap> coreSentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap sentence : coreSentences) {
            int start = -1;
            int end = -1;
            EntityType type = null;
            List<CoreLabel> coreTokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            List<Token> tokens = new ArrayList<>(coreTokens.size());
            for (CoreLabel token : coreTokens) {
                tokens.add(new Token(new TextSpan(token.beginPosition(), token.endPosition()), token.word(),
                        token.lemma() == null ? token.word() : token.lemma(), token.tag() == null ? "" : token.tag()));
                Optional<EntityType> t = type(token.ner());
                if (t.isPresent() && t.get() == type && onlySpaceBetween(text, end, token.beginPosition())) {
                    end = token.endPosition();
                    continue;
                }
                if (type != null) {
                    out.add(mention(text, start, end, type));
                }
                type = t.orElse(null);
                start = token.beginPosition();
                end = token.endPosition();
            }
            if (type != null) {
                out.add(mention(text, start, end, type));
            }
            if (!coreTokens.isEmpty()) {
                TextSpan span = new TextSpan(coreTokens.get(0).beginPosition(),
                        coreTokens.get(coreTokens.size() - 1).endPosition());
                sentences.add(new Sentence(sentences.size(), span, tokens));
            }
        }
        return new Analysis(List.copyOf(out), closingQuotesBack(text, sentences), coreSentences.stream()
                .filter(s -> !s.get(CoreAnnotations.TokensAnnotation.class).isEmpty()).toList());
    }

    /**
     * Gives a closing quotation mark back to the sentence it closes. The tokenizer reads a straight {@code "} at the
     * end of a paragraph as opening the next sentence ({@code that."\n\nKestria closed …} puts {@code "} and the
     * paragraph break at the start of "Kestria closed"); a sentence never starts with a quotation mark followed by
     * a line break, so the mark's span moves to the sentence before. Tokens stay as they are (the parse indexes
     * them); only the spans change.
     */
    static List<Sentence> closingQuotesBack(String text, List<Sentence> sentences) {
        List<Sentence> out = new ArrayList<>(sentences);
        for (int i = 1; i < out.size(); i++) {
            Sentence s = out.get(i);
            int start = s.span().start();
            if ("\"”’'".indexOf(text.charAt(start)) < 0) {
                continue;
            }
            int next = start + 1;
            boolean lineBreak = false;
            while (next < s.span().end() && Character.isWhitespace(text.charAt(next))) {
                lineBreak |= text.charAt(next) == '\n';
                next++;
            }
            if (!lineBreak || next >= s.span().end()) {
                continue;
            }
            Sentence before = out.get(i - 1);
            out.set(i - 1, new Sentence(before.index(), new TextSpan(before.span().start(),
                    Math.max(before.span().end(), start + 1)), before.tokens()));
            out.set(i, new Sentence(s.index(), new TextSpan(next, s.span().end()), s.tokens()));
        }
        return List.copyOf(out);
    }

    /** The dependency parser, loaded the first time a sentence is parsed. */
    private static final class Parser {
        static final DependencyParseAnnotator PARSER = load();

        private static DependencyParseAnnotator load() {
            long started = System.nanoTime();
            DependencyParseAnnotator parser = new DependencyParseAnnotator();
            log.info("CoreNLP dependency parser loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
            return parser;
        }
    }

    private record Analysis(List<EntityMention> entities, List<Sentence> sentences, List<CoreMap> coreSentences)
            implements TextAnalysis {
        @Override
        public ParsedSentence parse(Sentence sentence) {
            CoreMap core = coreSentences.get(sentence.index());
            SemanticGraph graph = core.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (graph == null) {
                Annotation one = new Annotation("");
                one.set(CoreAnnotations.SentencesAnnotation.class, List.of(core));
                one.set(CoreAnnotations.TokensAnnotation.class, core.get(CoreAnnotations.TokensAnnotation.class));
                Parser.PARSER.annotate(one);
                graph = core.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            }
            List<Dependency> dependencies = new ArrayList<>();
            if (graph != null) {
                for (IndexedWord root : graph.getRoots()) {
                    dependencies.add(new Dependency(-1, root.index() - 1, "root"));
                }
                for (SemanticGraphEdge e : graph.edgeIterable()) {
                    dependencies.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                            e.getRelation().toString()));
                }
            }
            return new ParsedSentence(sentence, dependencies);
        }
    }

    private static boolean onlySpaceBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return to - from <= 2;
    }

    private static EntityMention mention(String text, int start, int end, EntityType type) {
        return new EntityMention(new TextSpan(start, end), text.substring(start, end), type);
    }

    /** CoreNLP's coarse tags to the contract's types; other tags (numbers, dates, O) are not entities here. */
    static Optional<EntityType> type(String ner) {
        if (ner == null) {
            return Optional.empty();
        }
        return switch (ner) {
            case "PERSON" -> Optional.of(EntityType.PERSON);
            case "ORGANIZATION" -> Optional.of(EntityType.ORGANIZATION);
            case "LOCATION", "CITY", "STATE_OR_PROVINCE" -> Optional.of(EntityType.LOCATION);
            case "COUNTRY" -> Optional.of(EntityType.COUNTRY);
            case "NATIONALITY" -> Optional.of(EntityType.NATIONALITY);
            case "MISC" -> Optional.of(EntityType.MISC);
            default -> Optional.empty();
        };
    }
}
