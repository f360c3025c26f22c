package org.storyline.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who "he", "she" or "the 25-year-old" refers to in one article, by the rule news writing follows: the subject of the
 * nearest earlier sentence that names a compatible person — the first person named in that sentence, outside
 * quotations. A sentence whose subject is the same pronoun continues the chain to the sentence before it ("She also
 * argued …" points further back). A person's gender is taken from honorifics (Mr, Ms, Sir, …) and kinship words, else
 * from the first he/his or she/her that follows their full name in the same or the next sentence; unknown is
 * compatible with both.
 *
 * <p>One instance per article text; not thread-safe to share across articles but cheap to build.
 */
final class Referents {
    enum Gender { MALE, FEMALE, UNKNOWN }

    /** A person named in the text: where, as written, and the fullest form of their name seen so far. */
    private record Mention(int start, int end, String name, String fullName) {}

    /**
     * What marks a capitalised name as a person's when no pronoun has: a title or role before it ("spokesman
     * John Kirby", "Colonel Pavel Rudik"), an age after it ("Laura, 41,"), or a speech verb after it.
     */
    private static final String ROLE = "(?:spokes(?:man|woman|person)|minister|secretary|"
            + "president|envoy|ambassador|chief|director|leader|commander|general|colonel|major|captain|admiral|"
            + "senator|governor|mayor|official|diplomat|adviser|advisor|analyst|expert|chairman|chairwoman|chair|"
            + "deputy|counsel|attorney|lawyer|judge|professor|economist|researcher|reporter|correspondent|editor|"
            + "founder|owner|coach|manager|mother|father|mum|dad|wife|husband|son|daughter|brother|sister|"
            + "student|teacher|resident|witness|driver|officer|sergeant|lieutenant|prince|princess|king|queen|"
            + "pope|rabbi|imam|bishop|dr|mr|mrs|ms|sir|dame|lady|lord|prof|rep|sen|gov|gen|col|lt|capt|sgt|"
            + "executive|ceo|head|member|mp|candidate|activist|author|writer|actor|singer|player|scientist|doctor|"
            + "nurse|farmer|worker|volunteer|survivor|victim|suspect|defendant|councillor|councilor|rector|"
            + "coroner|inspector|detective|constable|superintendent|cardinal|sheikh|emir|ayatollah|chancellor|"
            + "customer|newlywed|newlyweds|man|woman|boy|girl|teenager|pupil|"
            + "specialist|partner|consultant|strategist|campaigner|organiser|organizer|fellow|lecturer|historian|"
            + "pollster|commentator|photographer|journalist|columnist|host|presenter|negotiator|mediator)";
    private static final Pattern ROLE_BEFORE = Pattern.compile("(?i)" + ROLE + "[.,]?\\s+$");
    /** An age ("Laura, 41,") or a role in apposition ("Petr Nedoma, director of …", "X, a former minister"). */
    private static final Pattern EVIDENCE_AFTER = Pattern.compile("^,\\s*(?:\\d{1,3}\\s*[,.]|(?:(?:the|a|an|his|her)\\s+)?"
            + "(?:[\\p{L}’'\\-]+\\s+){0,4}?(?i:" + ROLE + ")s?\\b)");
    /** A described subject opening a sentence: "The teacher who had it …", "A senior diplomat …". */
    private static final Pattern DESCRIBED_SUBJECT = Pattern.compile("^\\s*(?:But|And|Yet|Still|Meanwhile)?\\s*"
            + "(?<d>(?:The|the|A|a|An|an)\\s+(?:[\\p{Ll}\\-]+\\s+){0,2}?(?:" + ROLE + "))\\b");

    private boolean hasPersonEvidence(Mention m) {
        if (genders.containsKey(m.fullName)) {
            return true;
        }
        String before = masked.substring(Math.max(0, m.start - 40), m.start);
        String after = masked.substring(m.end, Math.min(masked.length(), m.end + 40));
        return ROLE_BEFORE.matcher(before).find() || EVIDENCE_AFTER.matcher(after).find()
                || evidenced.contains(m.fullName);
    }

    /** Full names some mention of which carries person evidence. */
    private final java.util.Set<String> evidenced = new java.util.HashSet<>();

    private static final Pattern FULL_NAME = Pattern.compile(
            "(?<![\\p{L}’'])(?:(?<honorific>Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lady|Lord|Prof)\\.?\\s+)?"
                    + "(?<name>\\p{Lu}[\\p{L}’'\\-]+(?: +(?:(?:de|van|von|al|bin|da|di|del|la|le|dos|du) +)?"
                    + "\\p{Lu}[\\p{L}’'\\-]+){0,6})");
    private static final Pattern HONORIFIC_GENDER = Pattern.compile("(?i)(?:(?<m>mr|sir|lord)|(?<f>mrs|ms|miss|dame|lady))");
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:(?<m>[Hh]e|[Hh]is|[Hh]im|[Hh]imself)|"
            + "(?<f>[Ss]he|[Hh]er|[Hh]ers|[Hh]erself))\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][”\"’')]?\\s+(?=[\\p{Lu}“\"‘'])|\\n\\n");
    /** Capitalised words that end a name's candidacy: places, organisations, titles, sentence openers. */
    private static final Pattern NOT_PERSON_WORD = Pattern.compile("(?:Republic|University|Council|Ministry|Strip|"
            + "Street|House|Party|Coalition|Committee|Department|News|Times|Post|Agency|Court|Group|Inc|Corp|Company|"
            + "United|Union|Nations|Museum|Hospital|Church|School|College|Institute|Office|Army|Navy|Force|Forces|"
            + "Bank|Fund|Association|Amendment|Station|Airport|River|Sea|Ocean|Gulf|Island|Islands|Province|State|"
            + "States|City|County|Region|Valley|Kingdom|Press|Media|Guardian|Telegraph|Reuters|Journal|Network|"
            + "Foundation|Service|Services|Police|Guard|Centre|Center|Board|Commission|Authority|Organization|"
            + "Organisation|Federation|Corporation|Administration|Assembly|Parliament|Congress|Senate|Club|League|"
            + "Minister|President|Secretary|Secretary-General|Colonel|Admiral|Captain|Major|Sergeant|Lieutenant|"
            + "Commander|Professor|Envoy|King|Queen|Prince|Princess|Pope|Sheikh|Chancellor|Justice|"
            + "Senior|Acting|Defence|Defense|Interior|Health|Finance|Economy|Opposition|Spokesman|Spokeswoman|Spokesperson|Ambassador|Chairman|Director|"
            + "General|Governor|Senator|Mayor|Judge|Officer|Chief|Foreign|Prime|Deputy|Former|The|A|An|In|On|At|"
            + "But|And|For|With|As|If|When|While|After|Before|This|That|These|Those|It|Its|Our|Their|His|Her|We|"
            + "They|He|She|I|Meanwhile|However|Also|Yet|So|Then|Now|Today|Monday|Tuesday|Wednesday|Thursday|"
            + "Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|"
            + "December|According|Regarding|Among|Both|Had|Has|Was|Were|Is|Are|Did|Does|Would|Could|Should|"
            + "Speaking|Asked|Despite|Although|Though|Because|Since|Until|Under|Over|From|By|Of|To|During|"
            + "Christmas|Easter|God|Another|Other|Every|Some|Many|Most|Several|No|Not|Square|Bridge|Road|"
            + "Avenue|Park|Gallery|Hall|Tower|Palace|Castle|Cathedral|Mosque|Temple|Market|Port|Harbour|Harbor|"
            + "Bay|Lake|Mount|Hill|Hills|Heights|Coast|Peninsula|Camp|Base|Prison|Stadium|Theatre|Theater|Hotel|"
            + "Plaza|Boulevard|Lane|District|Quarter|TV|Radio|Wire|Daily|Observer|Herald|Tribune|Channel|Relief|"
            + "Strait|Airlines|Airways|Holdings|Partners|Capital|Global|International|National|Federal|"
            + "Royal|Central|Library|Zoo|Farm|Mall|Model|Series|English|Western|Eastern|Northern|Southern|North|South|East|West|"
            + "Israeli|Palestinian|American|British|Russian|Syrian|Chinese|European|Indian|Greek|French|German|"
            + "Czech|Ukrainian|Iranian|Korean|Koreans|Americans|Republicans|Democrats|Republican|Democratic|"
            + "Conservative|Labour|Tory|Tories|Liberal|Covid|Gaza|Israel|Washington|Moscow|London|Paris|Kyiv|"
            + "Beijing|Jerusalem|Syria|Russia|Ukraine|China|Iran|America|Britain|Europe|Africa|Asia)");

    private final String masked;
    /** Where each sentence starts, ascending. */
    private final List<Integer> sentenceStarts = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, Gender> genders = new HashMap<>();

    Referents(String text, List<int[]> quoteSpans) {
        this.masked = mask(text, quoteSpans);
        sentenceStarts.add(0);
        Matcher ends = SENTENCE_END.matcher(masked);
        while (ends.find()) {
            sentenceStarts.add(ends.end());
        }
        Map<String, String> fullNames = new HashMap<>();
        Matcher m = FULL_NAME.matcher(masked);
        while (m.find()) {
            String[] tokens = trimLeading(m.group("name").split(" +"));
            if (tokens.length == 0) {
                continue;
            }
            String name = String.join(" ", tokens);
            int start = m.start("name") + m.group("name").lastIndexOf(tokens[0] + (tokens.length > 1 ? " " : ""));
            String honorific = m.group("honorific");
            String full = null;
            if (tokens.length >= 2 && isPersonal(tokens)) {
                full = name;
                for (String t : tokens) {
                    fullNames.putIfAbsent(t, name);   // "Laura" and "Brown" now name Laura Brown
                }
            } else if (tokens.length == 1 && !NOT_PERSON_WORD.matcher(name).matches()) {
                full = fullNames.get(name);
                if (full == null && honorific != null) {
                    full = name;
                }
            }
            if (full == null) {
                continue;
            }
            Gender g = Gender.UNKNOWN;
            if (honorific != null) {
                Matcher h = HONORIFIC_GENDER.matcher(honorific);
                g = h.matches() ? genderOf(h) : Gender.UNKNOWN;
            }
            String label = honorific != null && tokens.length == 1 ? honorific + " " + name : full;
            mentions.add(new Mention(honorific != null ? m.start() : start, m.end("name"), label, full));
            if (g != Gender.UNKNOWN) {
                genders.putIfAbsent(full, g);
            }
        }
        for (int i = 0; i < sentenceStarts.size(); i++) {
            int from = sentenceStarts.get(i);
            int to = i + 1 < sentenceStarts.size() ? sentenceStarts.get(i + 1) : masked.length();
            Matcher d = DESCRIBED_SUBJECT.matcher(masked).region(from, to);
            if (d.lookingAt()) {
                String described = d.group("d");
                mentions.add(new Mention(d.start("d"), d.end("d"), described, described));
                evidenced.add(described);
            }
        }
        mentions.sort(java.util.Comparator.comparingInt(Mention::start));
        for (Mention here : mentions) {
            if (hasPersonEvidence(here)) {
                evidenced.add(here.fullName);
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention here = mentions.get(i);
            int next = i + 1 < mentions.size() ? mentions.get(i + 1).start : masked.length();
            boolean firstOfSentence = i == 0 || sentenceIndex(mentions.get(i - 1).start) != sentenceIndex(here.start);
            if (firstOfSentence && !genders.containsKey(here.fullName)) {
                // the subject's pronoun follows it ("Laura … paid tribute to her son"); an object's may not
                Gender g = pronounAfter(masked, here.end, next);
                if (g != Gender.UNKNOWN) {
                    genders.put(here.fullName, g);
                }
            }
        }
    }

    /**
     * The person {@code pronoun} (he, she, him, her, or a description such as "the 25-year-old") at {@code position}
     * refers to, searching sentences before {@code position}.
     */
    Optional<String> resolve(String pronoun, int position) {
        Gender wanted = switch (pronoun.toLowerCase(Locale.ROOT)) {
            case "he", "him" -> Gender.MALE;
            case "she", "her" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
        int i = sentenceIndex(position);   // the pronoun's own sentence is skipped: its subject is the pronoun
        for (int hops = 0; hops < 10 && i > 0; hops++, i--) {
            int start = sentenceStarts.get(i - 1);
            int end = sentenceStarts.get(i);
            if (position - start > 2500) {
                break;
            }
            Optional<String> subject = subjectIn(start, end, wanted);
            if (subject.isPresent()) {
                return subject;
            }
        }
        return Optional.empty();
    }

    /**
     * The first compatible person of the sentence [start, end), or empty when it names none or its subject is the
     * same pronoun (the chain goes on before it).
     */
    private Optional<String> subjectIn(int start, int end, Gender wanted) {
        int firstPronoun = firstPronoun(start, end, wanted);
        for (Mention m : mentions) {
            if (m.start < start || m.start >= end) {
                continue;
            }
            if (firstPronoun >= 0 && firstPronoun < m.start) {
                return Optional.empty();   // "She also argued …": same referent, look further back
            }
            Gender g = genders.getOrDefault(m.fullName, Gender.UNKNOWN);
            if (g == wanted || (g == Gender.UNKNOWN && hasPersonEvidence(m))
                    || (wanted == Gender.UNKNOWN && hasPersonEvidence(m))) {
                return Optional.of(m.name);
            }
        }
        return Optional.empty();
    }

    private int firstPronoun(int start, int end, Gender wanted) {
        if (wanted == Gender.UNKNOWN) {
            return -1;
        }
        Matcher p = PRONOUN.matcher(masked).region(start, end);
        while (p.find()) {
            Gender g = genderOf(p);
            if (g == wanted && p.group().matches("[Hh]e|[Ss]he")) {
                return p.start();
            }
        }
        return -1;
    }

    /** The index of the sentence {@code position} lies in. */
    private int sentenceIndex(int position) {
        int i = java.util.Collections.binarySearch(sentenceStarts, position);
        return i >= 0 ? i : -i - 2;
    }

    /** The gender of the first he/she/his/her after a name, before the next person is named. */
    private static Gender pronounAfter(String masked, int from, int nextMention) {
        Matcher end = SENTENCE_END.matcher(masked).region(from, masked.length());
        int limit = masked.length();
        if (end.find() && end.find()) {
            limit = end.start() + 1;   // the rest of this sentence and the next one
        }
        Matcher p = PRONOUN.matcher(masked).region(from, Math.min(Math.min(limit, nextMention), from + 400));
        return p.find() ? genderOf(p) : Gender.UNKNOWN;
    }

    private static Gender genderOf(Matcher m) {
        return m.group("m") != null ? Gender.MALE : m.group("f") != null ? Gender.FEMALE : Gender.UNKNOWN;
    }

    private static boolean isPersonal(String[] tokens) {
        for (String t : tokens) {
            if (NOT_PERSON_WORD.matcher(t).matches() || t.endsWith("’s") || t.endsWith("'s")
                    || t.chars().allMatch(c -> Character.isUpperCase(c) || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /** Drops capitalised sentence openers and titles from the front of a capitalised run. */
    /**
     * The personal tail of a capitalised run: "Valdria's Defence Minister Greta Ansel" → "Greta Ansel"; a run that
     * ends in a non-personal word ("Oxford University") keeps nothing but what a single-word check decides.
     */
    private static String[] trimLeading(String[] tokens) {
        int i = tokens.length;
        while (i > 0 && isPersonal(new String[] {tokens[i - 1]})) {
            i--;
        }
        if (i == tokens.length) {
            return new String[0];
        }
        return java.util.Arrays.copyOfRange(tokens, i, tokens.length);
    }

    private static String mask(String text, List<int[]> spans) {
        char[] chars = text.toCharArray();
        for (int[] s : spans) {
            int end = Math.min(chars.length, s[1]);
            if (end > 0 && ".!?".indexOf(chars[end - 1]) >= 0) {
                end--;   // “… in Gaza.” He added: the quote's full stop still ends a sentence
            }
            for (int i = Math.max(0, s[0]); i < end; i++) {
                if (chars[i] != '\n') {
                    chars[i] = ' ';
                }
            }
        }
        return new String(chars);
    }
}
