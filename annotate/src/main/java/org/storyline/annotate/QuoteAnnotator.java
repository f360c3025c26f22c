package org.storyline.annotate;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.QuoteKind;
import org.storyline.model.QuoteMention;
import org.storyline.model.Speaker;
import org.storyline.model.TextSpan;

/**
 * Finds quotations in an article's cleaned text and attributes their speakers from the words around them, without a
 * statistical model:
 * <ul>
 *   <li>quotation marks of every kind (“ ” " « » „, and ‘ ’ around phrases), a closing mark whose opening mark was
 *       lost in scraping (the quote starts with its paragraph), a closing mark used as an opening one
 *       ({@code saying,”Suddenly}), quotes left open at a paragraph's end (a multi-paragraph quote continues in the
 *       next paragraph);</li>
 *   <li>speakers from speech verbs in every position: {@code “…,” X said}, {@code “…,” said X}, {@code X said: “…”},
 *       {@code X told reporters “…”}, {@code according to X}, {@code X was quoted by Y as saying},
 *       {@code Y quoted X as saying}; pronouns ("he added") resolve to the last named speaker; descriptions and
 *       groups ("the diplomat", "the six countries") are kept as the text names them; a paragraph that is only a
 *       quotation continues the previous paragraph's speaker;</li>
 *   <li>no speaker when none of this applies — never the most frequent person.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class QuoteAnnotator {
    private static final String SPEECH_VERB = "(?:said|says|say|added|adds|told|tells|asked|asks|stressed|stresses|"
            + "noted|notes|warned|warns|insisted|insists|argued|argues|explained|explains|continued|continues|"
            + "wrote|writes|declared|declares|recalled|recalls|acknowledged|acknowledges|admitted|admits|assured|"
            + "assures|emphasized|emphasised|emphasizes|emphasises|remarked|remarks|replied|replies|responded|"
            + "responds|posted|posts|tweeted|tweets|claimed|claims|conceded|concedes|countered|counters|"
            + "urged|urges|announced|announces|vowed|vows|pledged|pledges|suggested|suggests|called|calls|"
            + "described|describes|predicted|predicts|concluded|concludes|cautioned|cautions|complained|"
            + "complains|observed|observes|stated|states|reiterated|reiterates|wondered|wonders|joked|jokes|"
            + "quipped|quips|thundered|fumed|sighed|accused|accuses|condemned|condemns|denounced|denounces|"
            + "demanded|demands|criticized|criticised|criticizes|criticises|welcomed|welcomes|blamed|blames|"
            + "denied|denies|testified|testifies|texted|emailed|shouted|yelled|whispered|"
            + "saying|adding|calling|describing|urging|accusing|warning|noting|stressing|telling|insisting|"
            + "arguing|explaining|acknowledging|admitting|demanding|vowing|writing|declaring|pointing out|"
            + "points out|pointed out|went on|goes on|underscored|underlined|highlighted|affirmed|affirming|"
            + "confirmed|confirming|asserted|asserting|maintained|maintaining|added|mused|reflected|recounted|"
            + "summed up|put it|spoke|speaking|alleged|alleges|allege|alleging|reported|reports|reporting|"
            + "lamented|laments|lamenting|proposed|proposes|seeks|sought|seeking|requested|requests)";
    private static final String ROLE_WORD = "(?:spokesman|spokeswoman|spokesperson|minister|secretary|president|"
            + "envoy|ambassador|chief|director|head|leader|commander|general|senator|governor|mayor|official|"
            + "officials|diplomat|diplomats|adviser|advisor|analyst|analysts|expert|experts|chairman|chairwoman|"
            + "chair|representative|deputy|foreign|defense|defence|interior|prime|state|humanitarian|special|"
            + "senior|top|former|acting|chief|executive|spokespeople|counsel|attorney|lawyer|judge|professor|"
            + "economist|researcher|reporter|correspondent|editor|founder|owner|coach|manager|member|members|"
            + "countries|powers|governments|government|ministry|department|council|committee|agency|group|union|"
            + "association|statement|source|sources|report|resolution|draft|letter|study|survey|company|firm|"
            + "police|authorities|residents|witness|witnesses|prosecutors|officer|officers|army|military|rebels|"
            + "opposition|organisation|organization|institute|court|office|house|campaign|team|spokespersons|states|"
            + "nations|allies|partners|leaders|ministers|spokesmen|lawmakers|legislators|navy|forces|troops|"
            + "guard|lawsuit|suit|complaint|filing|decision|ruling|order|indictment|petition|motion|judgment|bill|"
            + "act|law|memo|document|documents|ad|advert|advertisement|spot|post|video|lawyers|attorneys|"
            + "researchers|scientists|doctors|teacher|student|mother|father|mum|dad|wife|husband|son|"
            + "daughter|brother|sister|friend|neighbour|neighbor|rector|coroner|spokespeople)";
    private static final String CAP = "\\p{Lu}[\\p{L}'’.\\-]*";
    private static final String NAME_TOKEN = "(?:" + CAP + "|\\d{1,4}|de|al|van|von|bin|da|di|del|der|la|le|el|of|for|to|"
            + "and|the|" + ROLE_WORD + ")(?![\\p{L}\\p{N}])";   // whole words: "of" is not the start of "official"
    /**
     * A speaker as written: a pronoun, or an optional determiner and up to nine name tokens (capitalised words,
     * role words, particles). What it must end with is checked in code ({@link #cleanSpeaker}).
     */
    private static final String PRONOUN = "(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Ii]t|him|her|them)";
    private static final String DETERMINER = "(?:[Tt]he|[Aa]n?|[Tt]hat|[Tt]his|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)";
    /** "Wolff’s written decision", "Tesla’s lawyers": a possessor and what of theirs speaks. */
    private static final String POSSESSIVE = "\\p{Lu}[\\p{L}.\\-]*['’]s\\s+(?:[\\p{Ll}\\-]+\\s+){0,2}?" + ROLE_WORD
            + "\\b(?:\\s+" + NAME_TOKEN + "){0,8}";
    private static final String SPEAKER = "(?<speaker>" + PRONOUN + "\\b|" + POSSESSIVE + "|[Tt]he\\s+\\d+-year-old"
            + "(?:\\s+(?!" + SPEECH_VERB + "\\b)\\p{Ll}+)?|" + DETERMINER + "\\s+(?:[\\p{Ll}\\-]+\\s+){0,3}?"
            + NAME_TOKEN + "(?:\\s+" + NAME_TOKEN + "){0,8}|" + CAP + "(?:\\s+" + NAME_TOKEN + "){0,8}"
            + "|(?:[\\p{Ll}\\-]+\\s+){1,3}" + CAP + "(?:\\s+" + NAME_TOKEN + "){0,8})"
            + "(?:\\s*\\([^()]{1,40}\\))?";
    private static final String ADVERB = "(?:\\s*,?\\s*(?:who|which)|\\s+(?:\\p{Ll}+ly|also|later|then|again|once|has|had|have|was|"
            + "were|is|are|had also|has also))*";
    private static final String APPOSITION = "(?:,(?<appo>[^,“”\"]{1,90})(?:,[^,“”\"]{1,60}){0,2},"
            + "|,\\s+(?:a|an|the)\\s+(?:[\\p{L}’'\\-]+\\s+){0,4}?" + ROLE_WORD + "(?![\\p{L}]))?";   // "Gullis, a former minister wrote"

    /** After a quote: {@code ,” said X} or {@code ,” X said}. */
    private static final Pattern AFTER_VERB_FIRST = Pattern.compile(
            "^[,.!?…]*\\s*(?:(?:also|then|later|again)\\s+)?" + SPEECH_VERB + "\\s+" + SPEAKER);
    /** {@code ,” X said}, also after a short stretch of the reporter's words: {@code ” over the attacks, she said}. */
    private static final Pattern AFTER_SPEAKER_FIRST = Pattern.compile(
            "^[,.!?…]*\\s*(?:[^.!?“”\"]{0,70}?[\\s,])??" + SPEAKER + APPOSITION + ADVERB + "\\s*,?\\s+" + SPEECH_VERB
                    + "\\b");
    /** Before a quote: {@code X said (…) “}, {@code X, who admitted that “}. */
    private static final Pattern BEFORE = Pattern.compile(
            SPEAKER + APPOSITION + ADVERB + "\\s*,?\\s+(?<verb>" + SPEECH_VERB + ")\\b[^.!?]{0,200}$");
    /** {@code But Azcona dismissed the claim, saying, “…”}: the subject of the clause speaks. */
    private static final Pattern BEFORE_PARTICIPLE = Pattern.compile(
            "^(?:(?:But|And|Yet|So|Still)\\s+)?" + SPEAKER + APPOSITION + ADVERB + "\\s+\\p{Ll}+(?:ed|ew|ook|ent|ame|"
                    + "ave|old|aid|ot|ade)\\b[^.!?“”\"]{0,120},\\s*(?:saying|adding|noting|arguing|insisting|stressing|"
                    + "explaining|warning|telling\\s+\\S+)\\b[^.!?]{0,120}$");
    /** {@code X issued a joint statement calling for “…”}. */
    private static final Pattern BEFORE_STATEMENT = Pattern.compile(
            SPEAKER + APPOSITION + ADVERB + "\\s+(?:issued|released|published|put out|made|sent|signed|adopted)\\s+"
                    + "(?:a|an|the|their|its)\\s+(?:[\\p{L}\\-]+\\s+){0,3}?(?:statements?|letter|declaration|"
                    + "communiqu[ée]|resolution|report)\\b[^.!?]{0,200}$");
    /** The last named subject of a speech verb before a position, for "he said" and "quoted him as saying". */
    private static final Pattern NAMED_SUBJECT = Pattern.compile(
            "(?<speaker>" + CAP + "(?:\\s+" + NAME_TOKEN + "){0,8})" + APPOSITION + ADVERB + "\\s+" + SPEECH_VERB
                    + "\\b");
    private static final Pattern BEFORE_COLON = Pattern.compile(SPEAKER + "\\s*:\\s*$");
    private static final Pattern ACCORDING_TO = Pattern.compile("\\b[Aa]ccording to " + SPEAKER);
    private static final Pattern QUOTED_AS_SAYING = Pattern.compile(
            SPEAKER + "\\s+(?:was|were|is|are)\\s+quoted\\b[^.“”\"]{0,80}?\\bas saying");
    private static final Pattern QUOTED_X_AS_SAYING = Pattern.compile(
            "\\bquoted\\s+" + SPEAKER + "\\s+as saying");
    private static final Pattern SENTENCE_START = Pattern.compile("[.!?][”\"’')]?\\s+(?=[\\p{Lu}“\"‘'])");

    /** Words a capitalised run may start with but that are not names. */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "^(?:The|A|An|But|And|In|On|At|For|With|As|If|When|While|After|Before|This|That|These|Those|It|Its|"
                    + "Our|Their|His|Her|We|They|He|She|I|Meanwhile|However|Also|Yet|So|Then|Now|Today|"
                    + "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Someone|Somebody|Anyone|Anybody|"
                    + "Everyone|Everybody|Nobody|None|One|Each|All|Both|Either|Neither|What|Who|Which|Had|Has|Have|Was|Were|"
                    + "Is|Are|Did|Do|Does|Would|Could|Should|Might|Must|Regarding|According|Another|Some|Many|Every|"
                    + "Speaking|Asked|Despite|Although|Though|Because|Since|Until|Under|Over|From|By|Of|To|During)$");

    /** Every quotation in {@code text}, in order. */
    public List<QuoteMention> annotate(String text) {
        requireNonNull(text, "text is null");
        List<RawQuote> raw = findQuotes(text);
        List<int[]> marked = new ArrayList<>();
        for (RawQuote q : raw) {
            marked.add(new int[] {q.start, q.end});   // the marks stay: they start sentences
        }
        Referents referents = new Referents(text, marked);
        List<QuoteMention> reported = indirect(text, raw, referents);
        List<QuoteMention> out = new ArrayList<>();
        Speaker lastNamed = null;
        Speaker lastAny = null;
        int lastParagraphEnd = -1;
        int lastQuoteEnd = 0;
        int nextReported = 0;
        for (RawQuote q : raw) {
            // reported speech before this quote sets who is speaking, as a quotation would
            while (nextReported < reported.size() && reported.get(nextReported).span().end() <= q.start) {
                QuoteMention r = reported.get(nextReported++);
                if (r.speaker().isPresent()) {
                    lastAny = r.speaker().get();
                    lastNamed = isDescription(lastAny.name()) ? lastNamed : lastAny;
                    int paragraphEnd = text.indexOf("\n\n", r.span().start());
                    lastParagraphEnd = paragraphEnd < 0 ? text.length() : paragraphEnd;
                    lastQuoteEnd = sentenceEnd(text, r.span().end(), lastParagraphEnd);   // past "…, Leese told PA."
                }
            }
            QuoteKind kind = kind(text, q);
            Optional<Speaker> speaker = attribute(text, q);
            if (speaker.isPresent() && (isPronoun(speaker.get().name()) || isReferring(speaker.get().name()))) {
                String written = speaker.get().name();
                String pronoun = written.toLowerCase(java.util.Locale.ROOT);
                Optional<String> resolved;
                Optional<String> lastAnyName = Optional.ofNullable(lastAny).map(Speaker::name);
                Optional<String> lastNamedName = Optional.ofNullable(lastNamed).map(Speaker::name);
                int cue = speaker.get().span().map(TextSpan::start).orElse(q.start);
                if (pronoun.equals("they") || pronoun.equals("we") || pronoun.equals("them")) {
                    resolved = lastAnyName;
                } else if (isReferring(pronoun)) {
                    // "the 25-year-old told the Guardian": an age stands for the person last named
                    resolved = referents.resolve(pronoun, cue).or(() -> Optional.of(written));
                } else {
                    resolved = referents.resolve(pronoun, cue).or(() -> lastNamedName);
                }
                Optional<TextSpan> cueSpan = speaker.get().span();
                speaker = resolved.map(name -> new Speaker(name, cueSpan));
            }
            if (speaker.isPresent() && lastAny != null && isDocument(speaker.get().name())
                    && q.paragraphStart <= lastParagraphEnd + 4) {
                // “…,” the statement said — after “…,” Konashenkov said in a statement: the statement is his
                speaker = Optional.of(new Speaker(lastAny.name(), speaker.get().span()));
            }
            if (speaker.isEmpty() && lastAny != null && lastParagraphEnd == q.paragraphEnd) {
                // “…,” X said. “…” — a later quote of the same paragraph is X's too
                speaker = Optional.of(new Speaker(lastAny.name(), Optional.empty()));
            }
            if (speaker.isEmpty()) {
                // "…, he said. “…”" — a speech cue earlier in the paragraph names the speaker
                speaker = cueEarlierInParagraph(text, q, referents).map(name -> new Speaker(name, Optional.empty()));
            }
            if (speaker.isEmpty()) {
                // "McDaniel is from Michigan and … told the two board members: “…”" — the sentence's subject
                speaker = subjectOfSpeechSentence(text, q);
            }
            if (speaker.isEmpty() && lastAny != null && (q.continuesPrevious || onlyQuotes(text, q, raw))
                    && q.paragraphStart <= lastParagraphEnd + 4) {
                speaker = Optional.of(new Speaker(lastAny.name(), Optional.empty()));
            }
            if (speaker.isEmpty() && lastAny != null && q.paragraphStart <= lastParagraphEnd + 4
                    && kind == QuoteKind.DIRECT
                    && !PERSON_NAME.matcher(text.substring(lastQuoteEnd, q.start)).find()) {
                // a quoted sentence in the next paragraph, nobody else named in between: the same speaker goes on
                // (a fragment inside a narrative sentence has that sentence's subject, not the last speaker)
                speaker = Optional.of(new Speaker(lastAny.name(), Optional.empty()));
            }
            if (speaker.isPresent()) {
                lastQuoteEnd = q.end;
                lastAny = speaker.get();
                if (!isDescription(speaker.get().name())) {
                    lastNamed = speaker.get();
                }
                lastParagraphEnd = q.paragraphEnd;
            }
            String quoted = text.substring(q.start, q.end);
            out.add(new QuoteMention(new TextSpan(q.start, q.end), quoted, kind, speaker));
        }
        out.addAll(reported);
        out.sort(java.util.Comparator.comparingInt(m -> m.span().start()));
        return List.copyOf(out);
    }

    /** "the 25-year-old", "the 41-year-old mother": a description that refers back to a named person. */
    private static boolean isReferring(String name) {
        return name.matches("(?i)the\\s+\\d+-year-old(?:\\s+\\p{L}+)?");
    }

    /** "the statement", "the letter": words a speaker put out, standing for that speaker. */
    private static boolean isDocument(String name) {
        return name.matches("(?i)(?:the|that|this)\\s+(?:\\p{Ll}+\\s+)?(?:statement|letter|post|message|release|"
                + "communiqu[ée])");
    }

    /** Speech verbs and "told" as they may appear anywhere in a sentence, for the subject fallback. */
    private static final Pattern ANY_SPEECH_VERB = Pattern.compile("\\b" + SPEECH_VERB + "\\b");
    private static final Pattern SUBJECT = Pattern.compile(
            "^(?:(?:But|And|Yet|So|Still|Meanwhile|Later|Earlier|Then)\\s*,?\\s+)?" + SPEAKER);

    /**
     * When no cue names the speaker but the quote's sentence has a speech verb, the sentence's grammatical subject —
     * the words it opens with — speaks, if they name someone and come before the verb.
     */
    private static Optional<Speaker> subjectOfSpeechSentence(String text, RawQuote q) {
        int beforeEnd = q.openMark >= 0 ? q.openMark : q.start;
        int sentenceStart = sentenceStart(text, q.paragraphStart, beforeEnd);
        String before = text.substring(sentenceStart, beforeEnd);
        Matcher verb = ANY_SPEECH_VERB.matcher(before);
        if (!verb.find()) {
            return Optional.empty();
        }
        Matcher subject = SUBJECT.matcher(before);
        if (!subject.find() || subject.end("speaker") > verb.start()) {
            return Optional.empty();
        }
        Optional<Speaker> found = speaker(subject, sentenceStart);
        return found.filter(s -> !isPronoun(s.name()));
    }

    /** Reporting verbs that introduce indirect speech ("Kerry said the U.S. is close to …"). */
    private static final String REPORTING_VERB = "(?:said|says|told|tells|added|adds|warned|warns|argued|argues|"
            + "insisted|insists|stressed|stresses|noted|notes|claimed|claims|denied|denies|announced|announces|"
            + "acknowledged|acknowledges|confirmed|confirms|explained|explains|predicted|predicts|wrote|writes|"
            + "reported|reports|believes|estimated|estimates|maintained|maintains|assured|assures|conceded|"
            + "concedes|admitted|admits|agreed|agrees|replied|replies)";
    private static final Pattern INDIRECT = Pattern.compile(
            SPEAKER + APPOSITION + ADVERB + "\\s+(?:(?:told|tells|informed|informs|reminded|reminds)"
                    + "(?<object>\\s+(?:reporters|journalists|lawmakers|parliament|the\\s+\\p{L}+|an?\\s+\\p{L}+|"
                    + "\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)*|him|her|them|us))|" + REPORTING_VERB + ")"
                    + "(?:\\s+(?:on|late on|early on|last|this)?\\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                    + "Sunday|week|night|morning|evening|afternoon|today|yesterday))?"
                    + ",?\\s+(?:that\\s+)?(?<clause>[\\p{L}\\p{N}(\\[][^.!?]*)");

    /** A reporting cue closing its sentence: "…, Leese told PA Media." or "…, the ministry said on Monday." */
    private static final Pattern TRAILING_CUE = Pattern.compile(",\\s+" + SPEAKER + "\\s+(?:said|says|told|tells|added|"
            + "adds|wrote|writes|explained|recalled|estimated|reported|noted|insisted)(?:\\s+[\\p{L}.]+){0,4}\\s*[.]?$");

    /**
     * Indirect speech: in sentences whose reporting verb comes before any quotation mark, the clause after it, with
     * the verb's subject as speaker ("State Department spokesman John Kirby said the talks would go on").
     */
    private static List<QuoteMention> indirect(String text, List<RawQuote> direct, Referents referents) {
        List<QuoteMention> out = new ArrayList<>();
        int p = 0;
        while (p < text.length()) {
            int paragraphEnd = text.indexOf("\n\n", p);
            if (paragraphEnd < 0) {
                paragraphEnd = text.length();
            }
            int sentence = p;
            Matcher starts = SENTENCE_START.matcher(text).region(p, paragraphEnd);
            List<int[]> sentences = new ArrayList<>();
            while (starts.find()) {
                sentences.add(new int[] {sentence, starts.start() + 1});
                sentence = starts.end();
            }
            sentences.add(new int[] {sentence, paragraphEnd});
            for (int[] s : sentences) {
                indirectIn(text, s[0], s[1], direct, referents).ifPresent(out::add);
            }
            p = paragraphEnd + 2;
        }
        return out;
    }

    private static Optional<QuoteMention> indirectIn(String text, int from, int to, List<RawQuote> direct,
            Referents referents) {
        Matcher trailing = TRAILING_CUE.matcher(text).region(from, to);
        if (trailing.find() && trailing.start() > from && !text.substring(from, to).matches("(?s).*[“”\"«»].*")) {
            // "Police explained there was an active shooter, Leese told PA Media." — the whole clause is reported
            Optional<Speaker> speaker = speaker(trailing, 0);
            int clauseStart = skipSpace(text, from, trailing.start());
            int clauseEnd = trimEnd(text, clauseStart, trailing.start());
            if (speaker.isPresent() && !isPronoun(speaker.get().name())
                    && text.substring(clauseStart, clauseEnd).split("\\s+").length >= 4) {
                return Optional.of(new QuoteMention(new TextSpan(clauseStart, clauseEnd),
                        text.substring(clauseStart, clauseEnd), QuoteKind.INDIRECT, speaker));
            }
        }
        Matcher m = INDIRECT.matcher(text).region(from, to);
        while (m.find()) {
            String before = text.substring(from, m.start());
            if (before.matches(".*[“”\"«»].*") || insideDirect(m.start(), direct)) {
                return Optional.empty();  // the cue attributes a quotation, not reported speech
            }
            int clauseStart = m.start("clause");
            int clauseEnd = trimEnd(text, clauseStart, m.end("clause"));
            String clause = text.substring(clauseStart, clauseEnd);
            if (clause.split("\\s+").length < 4 || clause.matches("^(?:that\\s+)?[“”\"«].*")
                    || insideDirect(clauseStart, direct)) {
                continue;
            }
            Optional<Speaker> speaker = speaker(m, 0);
            if (speaker.isEmpty()) {
                continue;
            }
            if (isPronoun(speaker.get().name())) {
                Optional<TextSpan> cue = speaker.get().span();
                speaker = referents.resolve(speaker.get().name(), m.start()).map(name -> new Speaker(name, cue));
                if (speaker.isEmpty()) {
                    continue;
                }
            }
            return Optional.of(new QuoteMention(new TextSpan(clauseStart, clauseEnd), clause, QuoteKind.INDIRECT,
                    speaker));
        }
        return Optional.empty();
    }

    private static boolean insideDirect(int position, List<RawQuote> direct) {
        for (RawQuote q : direct) {
            if (position >= q.start && position < q.end) {
                return true;
            }
        }
        return false;
    }

    /** A quote found by its marks, with where its paragraph lies. */
    private record RawQuote(int start, int end, int openMark, int closeMark, int paragraphStart, int paragraphEnd,
            boolean continuesPrevious) {}

    private static List<RawQuote> findQuotes(String text) {
        List<RawQuote> out = new ArrayList<>();
        int p = 0;
        boolean previousLeftOpen = false;
        while (p < text.length()) {
            int end = text.indexOf("\n\n", p);
            if (end < 0) {
                end = text.length();
            }
            previousLeftOpen = findInParagraph(text, p, end, previousLeftOpen, out);
            p = end + 2;
        }
        return out;
    }

    /** Quotes of one paragraph; returns whether a quote was left open at its end. */
    private static boolean findInParagraph(String text, int from, int to, boolean previousLeftOpen,
            List<RawQuote> out) {
        int open = -1;
        int openMark = -1;
        int lastEnd = from;
        boolean continues = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '«' || c == '„') {
                if (open < 0) {
                    open = i + 1;
                    openMark = i;
                    continues = previousLeftOpen && i == from;
                }
            } else if (c == '”' || c == '»') {
                if (open >= 0) {
                    add(out, text, open, i, openMark, i + 1, from, to, continues);
                    open = -1;
                    lastEnd = i + 1;
                } else if (i + 1 < to && Character.isLetter(text.charAt(i + 1)) && i > from
                        && !Character.isLetter(text.charAt(i - 1))) {
                    open = i + 1;   // a closing mark used to open: saying,”Suddenly
                    openMark = i;
                    continues = false;
                } else {
                    add(out, text, lastEnd == from ? from : skipSpace(text, lastEnd, i), i, -1, i + 1, from, to,
                            false);  // the opening mark was lost: the quote starts with the paragraph
                    lastEnd = i + 1;
                }
            } else if (c == '"') {
                if (open < 0) {
                    open = i + 1;
                    openMark = i;
                    continues = previousLeftOpen && i == from;
                } else {
                    add(out, text, open, i, openMark, i + 1, from, to, continues);
                    open = -1;
                    lastEnd = i + 1;
                }
            } else if ((c == '‘' || c == '\'') && open < 0 && opensSingle(text, i, from, to)) {
                int close = singleClose(text, i + 1, to);
                if (close > 0) {
                    add(out, text, i + 1, close, i, close + 1, from, to, previousLeftOpen && i == from);
                    i = close;
                    lastEnd = close + 1;
                } else if (i == from || text.substring(from, i).stripTrailing().endsWith(":")) {
                    // British style: 'a quote that goes on into the next paragraph, which opens with a mark again
                    add(out, text, i + 1, trimEnd(text, i + 1, to), i, -1, from, to, previousLeftOpen && i == from);
                    return true;
                }
            }
        }
        if (open >= 0) {
            add(out, text, open, trimEnd(text, open, to), openMark, -1, from, to, continues);
            return true;
        }
        return false;
    }

    /**
     * Whether the single mark at {@code i} opens a quotation: at a word's start (after a space, a bracket, a dash or
     * another mark), before a letter ({@code '90s} and {@code ‘90s} are elisions, {@code rock 'n' roll} too short to
     * matter).
     */
    private static boolean opensSingle(String text, int i, int from, int to) {
        if (i + 1 >= to || !Character.isLetter(text.charAt(i + 1))) {
            return false;
        }
        if (i == from) {
            return true;
        }
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || "([—–-\"“:".indexOf(before) >= 0;
    }

    /**
     * The closing single mark of a quotation opened before {@code from}: ’ or ' after a non-space and not before a
     * letter (so not "didn't", "Will's"); after an "s" and before a space it is taken for a plural possessive
     * ("the boys' ball") unless a sentence mark comes first.
     */
    private static int singleClose(String text, int from, int to) {
        for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            if ((c != '’' && c != '\'') || j == from || Character.isWhitespace(text.charAt(j - 1))) {
                continue;
            }
            char next = j + 1 < to ? text.charAt(j + 1) : ' ';
            if (Character.isLetterOrDigit(next)) {
                continue;
            }
            char previous = text.charAt(j - 1);
            if ((previous == 's' || previous == 'S') && Character.isWhitespace(next) && j + 1 < to) {
                continue;
            }
            return j;
        }
        return -1;
    }

    private static void add(List<RawQuote> out, String text, int start, int end, int openMark, int closeMark,
            int paragraphStart, int paragraphEnd, boolean continues) {
        int s = skipSpace(text, start, end);
        int e = trimEnd(text, s, end);
        if (e > s) {
            out.add(new RawQuote(s, e, openMark, closeMark, paragraphStart, paragraphEnd, continues));
        }
    }

    private static int skipSpace(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int from, int to) {
        int e = to;
        while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static QuoteKind kind(String text, RawQuote q) {
        String quoted = text.substring(q.start, q.end);
        int words = quoted.split("\\s+").length;
        char first = quoted.charAt(0);
        boolean startsSentence = Character.isUpperCase(first) || first == '[' || first == '…';
        int before = q.openMark >= 0 ? q.openMark : q.start;
        String lead = text.substring(Math.max(q.paragraphStart, before - 3), before).strip();
        // a quote that opens a sentence, or follows a colon or a comma of a speech cue, is presented as speech
        boolean afterCue = lead.isEmpty() || q.openMark < 0 || ":,.!?”\"’)".indexOf(lead.charAt(lead.length() - 1)) >= 0;
        return words >= 4 && startsSentence && afterCue ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
    }

    /** The speaker named around the quote, in its sentence (before it) or right after it. */
    /** Cues in the quote's sentence before it, most specific first. */
    private static final List<Pattern> BEFORE_CUES = List.of(QUOTED_AS_SAYING, QUOTED_X_AS_SAYING, BEFORE_COLON,
            BEFORE_PARTICIPLE, BEFORE_STATEMENT);
    /** What may come before the speaker of {@code X: “…”} in its sentence: nothing, or a clause boundary. */
    private static final Pattern BEFORE_COLON_LEAD = Pattern.compile("(?:.*[,;—–(])?\\s*");

    private static Optional<Speaker> attribute(String text, RawQuote q) {
        int afterFrom = q.closeMark >= 0 ? q.closeMark : q.end;
        String after = text.substring(afterFrom, Math.min(q.paragraphEnd, afterFrom + 160));
        if (introducesNextQuote(text, q, after)) {
            after = "";
        }
        Optional<Speaker> afterFound = firstSpeaker(AFTER_VERB_FIRST, after, afterFrom, false);
        if (afterFound.isPresent()) {
            return afterFound;
        }
        afterFound = firstSpeaker(AFTER_SPEAKER_FIRST, after, afterFrom, false);
        if (afterFound.isPresent() && !after.substring(0, afterFound.get().span().orElseThrow().start() - afterFrom)
                .matches("[,.!?…]*\\s*")) {
            // "… a “sign of weakness” while Gullis wrote …": a cue after more of the reporter's words yields to a
            // cue before the quote in its own sentence
            Optional<Speaker> before = attributeBefore(text, q, afterFrom);
            return before.isPresent() ? before : afterFound;
        }
        if (afterFound.isPresent()) {
            return afterFound;
        }
        return attributeBefore(text, q, afterFrom);
    }

    /** The speaker named before the quote in its sentence, or by "according to" anywhere in it. */
    private static Optional<Speaker> attributeBefore(String text, RawQuote q, int afterFrom) {
        int beforeEnd = q.openMark >= 0 ? q.openMark : q.start;
        int sentenceStart = sentenceStart(text, q.paragraphStart, beforeEnd);
        String before = text.substring(sentenceStart, beforeEnd);
        for (Pattern cue : BEFORE_CUES) {
            Optional<Speaker> found = firstSpeaker(cue, before, sentenceStart, false);
            if (found.isPresent() && (cue != BEFORE_COLON || BEFORE_COLON_LEAD.matcher(
                    before.substring(0, found.get().span().orElseThrow().start() - sentenceStart)).matches())) {
                return found;   // "told the two board members: “…”" names whom, not who
            }
        }
        Optional<Speaker> found = nearestSpeaker(before, sentenceStart);
        if (found.isPresent()) {
            return found;
        }
        String sentence = text.substring(sentenceStart, sentenceEnd(text, afterFrom, q.paragraphEnd));
        return firstSpeaker(ACCORDING_TO, sentence, sentenceStart, false);
    }

    /**
     * The speaker of the first match of {@code cue} in {@code in} (offsets shifted by {@code offset}); with
     * {@code scan}, of the first match that names a speaker.
     */
    private static Optional<Speaker> firstSpeaker(Pattern cue, String in, int offset, boolean scan) {
        Matcher m = cue.matcher(in);
        while (m.find()) {
            Optional<Speaker> found = speaker(m, offset);
            if (found.isPresent() || !scan) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The speaker of the speech verb nearest before a quote in its sentence: "David Jones told the agency it was a
     * “sign of weakness” while Jonathan Gullis wrote that it was “deeply disappointing”" — Gullis for the second.
     * Each search resumes after the previous match's verb, so a name's own tail ("Marren" of "Ilse Marren") is
     * never a later match.
     */
    private static Optional<Speaker> nearestSpeaker(String in, int offset) {
        Matcher m = BEFORE.matcher(in);
        Optional<Speaker> found = Optional.empty();
        int from = 0;
        while (from < in.length() && m.find(from)) {
            Optional<Speaker> here = speaker(m, offset);
            // "Johnson has underscored the role of the deal in ending the hostilities in Syria, affirming that …":
            // a participle's subject is its clause's, not the words before it
            if (here.isPresent() && (found.isEmpty() || !m.group("verb").endsWith("ing"))) {
                found = here;
            }
            from = m.end("verb");
        }
        return found;
    }

    private static Optional<Speaker> speaker(Matcher m, int offset) {
        return named(m).map(n -> {
            int start = offset + n.at();
            return new Speaker(n.name(), Optional.of(new TextSpan(start, start + n.name().length())));
        });
    }

    /** A speaker's name and where it starts, relative to the matcher's input. */
    private record Named(String name, int at) {}

    /**
     * The speaker a cue match names: its subject, or the personal name in apposition when the subject is a role
     * ("the UN’s envoy for Syria, Staffan de Mistura, who admitted").
     */
    private static Optional<Named> named(Matcher m) {
        String raw = m.group("speaker");
        if (raw.strip().matches(".*\\s(?:and|or)$")) {
            return Optional.empty();  // "… in Aleppo and describing …": the participle belongs to an earlier subject
        }
        Optional<String> name = cleanSpeaker(raw);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (isDescription(name.get()) || !containsProperName(name.get()) || hasRoleWord(name.get())) {
            String appo = groupOrNull(m, "appo");
            Optional<String> inApposition = appo == null ? Optional.empty() : cleanSpeaker(appo);
            if (inApposition.isPresent() && isPersonalName(inApposition.get())) {
                return Optional.of(new Named(inApposition.get(), m.start("appo") + appo.indexOf(inApposition.get())));
            }
        }
        return Optional.of(new Named(name.get(), m.start("speaker") + raw.indexOf(name.get())));
    }

    private static final Pattern PARTICLE = Pattern.compile("(?:de|al|van|von|bin|da|di|del|der|la|le|el|of|for|to|and"
            + "|the)");
    private static final Pattern ROLE = Pattern.compile(ROLE_WORD);

    /**
     * The speaker as it should be named, or empty when the words are not a speaker: particles and a stray full stop
     * are trimmed from the end, a leading capitalised function word ("But", "In") from the start; what remains must be
     * a pronoun, contain a capitalised name, or be a determiner phrase ending in a role word ("the six countries").
     */
    static Optional<String> cleanSpeaker(String raw) {
        List<String> tokens = new ArrayList<>(List.of(raw.strip().split("\\s+")));
        if (tokens.size() == 1 && isPronoun(tokens.get(0))) {
            return Optional.of(tokens.get(0));
        }
        // "tourist Joe Hyland", "resident Ma Bajin": the lower-case role before a name is not part of it
        while (tokens.size() > 1 && !startsUpper(tokens.get(0))
                && !tokens.get(0).matches("(?i)the|a|an|that|this|his|her|their|its")
                && tokens.stream().anyMatch(QuoteAnnotator::startsUpper)) {
            tokens.remove(0);
        }
        while (!tokens.isEmpty() && NOT_A_NAME.matcher(tokens.get(0)).matches()
                && !(tokens.get(0).matches("The|A|An|That|This|His|Her|Their|Its") && tokens.size() > 1)) {
            tokens.remove(0);
        }
        while (!tokens.isEmpty()) {
            String last = tokens.get(tokens.size() - 1);
            if (PARTICLE.matcher(last).matches()) {
                tokens.remove(tokens.size() - 1);
            } else if (last.endsWith(".") && last.length() > 3 && !last.matches("(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Gen|Sen)\\.")) {
                tokens.set(tokens.size() - 1, last.substring(0, last.length() - 1));
                break;
            } else {
                break;
            }
        }
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < tokens.size() - 1; i++) {
            String t = tokens.get(i);
            if (t.endsWith(".") && t.length() > 4 && !t.matches("(?:\\p{Lu}\\.)+") && !ABBREVIATION.matcher(
                    t.substring(0, t.length() - 1)).matches()) {
                return Optional.empty();   // "Saturday. He": a sentence ends inside
            }
        }
        if (isReferring(String.join(" ", tokens))) {
            return Optional.of(String.join(" ", tokens));
        }
        String first = tokens.get(0);
        boolean determiner = first.matches("(?i)the|a|an|that|this|his|her|their|its");
        boolean hasName = tokens.stream().anyMatch(t -> startsUpper(t) && !t.matches("The|A|An|That|This|His|Her|Their|Its"));
        boolean endsInRole = ROLE.matcher(tokens.get(tokens.size() - 1).toLowerCase(java.util.Locale.ROOT)).matches();
        if (!hasName && !(determiner && endsInRole)) {
            return Optional.empty();
        }
        if (!determiner && !startsUpper(first)) {
            return Optional.empty();
        }
        return Optional.of(String.join(" ", tokens));
    }

    private static String groupOrNull(Matcher m, String group) {
        try {
            return m.group(group);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean hasRoleWord(String name) {
        for (String t : name.split("\\s+")) {
            if (ROLE.matcher(t.toLowerCase(java.util.Locale.ROOT)).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Two to five words, capitalised but for particles: "Staffan de Mistura", "Jean-Marc Ayrault". */
    private static boolean isPersonalName(String name) {
        String[] tokens = name.split("\\s+");
        if (tokens.length < 2 || tokens.length > 5 || !startsUpper(tokens[0])
                || NOT_A_NAME.matcher(tokens[0]).matches()) {
            return false;
        }
        for (String t : tokens) {
            if (!startsUpper(t) && !PARTICLE.matcher(t).matches()) {
                return false;
            }
            if (ROLE.matcher(t.toLowerCase(java.util.Locale.ROOT)).matches() || t.endsWith("’s") || t.endsWith("'s")) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsProperName(String name) {
        for (String t : name.split("\\s+")) {
            if (startsUpper(t) && !t.matches("The|A|An|That|This|His|Her|Their|Its")) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsUpper(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
    }

    /**
     * Whether the words after a quote that ends a sentence introduce the next quote ("… Strip.” He added: “…")
     * rather than attribute this one.
     */
    private static boolean introducesNextQuote(String text, RawQuote q, String after) {
        String quoted = text.substring(q.start, q.end).strip();
        char last = quoted.isEmpty() ? ' ' : quoted.charAt(quoted.length() - 1);
        String rest = after.stripLeading();
        if (".!?".indexOf(last) < 0 || rest.isEmpty() || !Character.isUpperCase(rest.charAt(0))) {
            return false;
        }
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '“' || c == '"' || c == '«' || c == ':') {
                return true;
            }
            if ((c == '.' || c == '!' || c == '?') && i + 1 < rest.length() && rest.charAt(i + 1) == ' ') {
                return false;
            }
        }
        return false;
    }

    private static final Pattern PERSON_NAME = Pattern.compile(
            "\\b\\p{Lu}[\\p{L}'’\\-]+(?:\\s+(?:(?:de|van|von|al|bin|da|di|del|la|le)\\s+)?\\p{Lu}[\\p{L}'’\\-]+){1,3}");

    private static final Pattern PRONOUN_CUE = Pattern.compile("\\b(he|she)\\s+" + SPEECH_VERB + "\\b");

    /** The speaker of a speech cue in the quote's paragraph before it ("…, he said."), pronouns resolved. */
    private static Optional<String> cueEarlierInParagraph(String text, RawQuote q, Referents referents) {
        int end = q.openMark >= 0 ? q.openMark : q.start;
        if (end <= q.paragraphStart) {
            return Optional.empty();
        }
        Matcher named = NAMED_SUBJECT.matcher(text).region(q.paragraphStart, end);
        String found = null;
        int foundAt = -1;
        while (named.find()) {
            Optional<Named> name = named(named);
            if (name.isPresent() && !isPronoun(name.get().name())) {
                found = name.get().name();
                foundAt = named.start();
            }
        }
        Matcher pronoun = PRONOUN_CUE.matcher(text).region(q.paragraphStart, end);
        int pronounAt = -1;
        while (pronoun.find()) {
            pronounAt = pronoun.start();
        }
        if (pronounAt > foundAt) {
            Matcher p = PRONOUN_CUE.matcher(text).region(pronounAt, end);
            return p.lookingAt() ? referents.resolve(p.group(1), pronounAt) : Optional.empty();
        }
        return Optional.ofNullable(found);
    }

    private static boolean isPronoun(String name) {
        return name.matches("(?i)he|she|they|we|it|him|her|them");
    }

    private static boolean isDescription(String name) {
        return name.matches("(?i)(?:the|a|an|that|this)\\s.*");
    }

    private static boolean onlyQuotes(String text, RawQuote q, List<RawQuote> all) {
        int covered = 0;
        for (RawQuote other : all) {
            if (other.paragraphStart == q.paragraphStart) {
                covered += other.end - other.start;
            }
        }
        return covered >= 0.8 * (q.paragraphEnd - q.paragraphStart - 4);
    }

    private static int sentenceStart(String text, int paragraphStart, int position) {
        Matcher m = SENTENCE_START.matcher(text).region(paragraphStart, position);
        int start = paragraphStart;
        while (m.find()) {
            if (!afterAbbreviation(text, m.start())) {
                start = m.end();
            }
        }
        return start;
    }

    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:\\p{Lu}\\.(?:\\p{Lu}\\.)*|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Prof|Jr|Sr|No|Jan|Feb|Mar|Apr|"
                    + "Aug|Sept|Sep|Oct|Nov|Dec|Inc|Corp|Ltd|Co|Ft|Mt|vs|U\\.S|U\\.N|U\\.K|E\\.U)$");

    /** Whether the full stop at {@code period} ends an abbreviation ("U.S.", "Mr.", "Sen.") rather than a sentence. */
    private static boolean afterAbbreviation(String text, int period) {
        int from = period;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && text.charAt(from - 1) != '(') {
            from--;
        }
        String word = text.substring(from, period + 1);
        return ABBREVIATION.matcher(word.endsWith(".") ? word.substring(0, word.length() - 1) : word).matches()
                || ABBREVIATION.matcher(word).matches();
    }

    private static int sentenceEnd(String text, int from, int paragraphEnd) {
        for (int i = from; i < paragraphEnd; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 >= paragraphEnd || Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return paragraphEnd;
    }
}
