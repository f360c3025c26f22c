package org.storyline.events.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inflected forms of English verb and noun lemmas, so that a lexicon written in lemmas ("hold talks") finds
 * the words as news text has them ("held talks"): verbs get base, -s, -ed and -ing forms, nouns their plural.
 *
 * <p>Regular forms follow the spelling rules (e-drop, y to i, a doubled final consonant after a single stressed
 * vowel: "banned", "committed"; British and American "cancelled"/"canceled" both). Irregular verbs and nouns come
 * from small tables written for Storyline; a verb formed with a prefix inflects like its stem ("withdraw" like
 * "draw", "uphold" like "hold").
 *
 * <p><b>NOTE:</b> forms are generated generously: a form that English does not have ("talkses") costs nothing,
 * because no text contains it, while a missing form loses a match.
 */
public final class Inflections {
    private Inflections() {}

    /** Past tense and past participle of the irregular verbs news reports use; several pasts where English has them. */
    private static final Map<String, List<String>> IRREGULAR_VERBS = Map.ofEntries(
            Map.entry("arise", List.of("arose", "arisen")), Map.entry("bear", List.of("bore", "borne", "born")),
            Map.entry("beat", List.of("beat", "beaten")), Map.entry("become", List.of("became", "become")),
            Map.entry("begin", List.of("began", "begun")), Map.entry("bend", List.of("bent")),
            Map.entry("bid", List.of("bid")), Map.entry("bind", List.of("bound")),
            Map.entry("bite", List.of("bit", "bitten")), Map.entry("blow", List.of("blew", "blown")),
            Map.entry("break", List.of("broke", "broken")), Map.entry("bring", List.of("brought")),
            Map.entry("broadcast", List.of("broadcast")), Map.entry("build", List.of("built")),
            Map.entry("burn", List.of("burned", "burnt")), Map.entry("burst", List.of("burst")),
            Map.entry("buy", List.of("bought")), Map.entry("cast", List.of("cast")),
            Map.entry("catch", List.of("caught")), Map.entry("choose", List.of("chose", "chosen")),
            Map.entry("cling", List.of("clung")), Map.entry("come", List.of("came", "come")),
            Map.entry("cost", List.of("cost")), Map.entry("cut", List.of("cut")),
            Map.entry("deal", List.of("dealt")), Map.entry("dig", List.of("dug")),
            Map.entry("do", List.of("did", "done")), Map.entry("draw", List.of("drew", "drawn")),
            Map.entry("drive", List.of("drove", "driven")), Map.entry("fall", List.of("fell", "fallen")),
            Map.entry("feed", List.of("fed")), Map.entry("fight", List.of("fought")),
            Map.entry("find", List.of("found")), Map.entry("flee", List.of("fled")),
            Map.entry("fly", List.of("flew", "flown")), Map.entry("forbid", List.of("forbade", "forbidden")),
            Map.entry("forgive", List.of("forgave", "forgiven")), Map.entry("freeze", List.of("froze", "frozen")),
            Map.entry("get", List.of("got", "gotten")), Map.entry("give", List.of("gave", "given")),
            Map.entry("go", List.of("went", "gone")), Map.entry("grow", List.of("grew", "grown")),
            Map.entry("hang", List.of("hung", "hanged")), Map.entry("have", List.of("had")),
            Map.entry("hear", List.of("heard")), Map.entry("hide", List.of("hid", "hidden")),
            Map.entry("hit", List.of("hit")), Map.entry("hold", List.of("held")),
            Map.entry("hurt", List.of("hurt")), Map.entry("keep", List.of("kept")),
            Map.entry("know", List.of("knew", "known")), Map.entry("lay", List.of("laid")),
            Map.entry("lead", List.of("led")), Map.entry("leave", List.of("left")),
            Map.entry("lend", List.of("lent")), Map.entry("let", List.of("let")),
            Map.entry("light", List.of("lit", "lighted")), Map.entry("lose", List.of("lost")),
            Map.entry("make", List.of("made")), Map.entry("mean", List.of("meant")),
            Map.entry("meet", List.of("met")), Map.entry("pay", List.of("paid")),
            Map.entry("put", List.of("put")), Map.entry("quit", List.of("quit", "quitted")),
            Map.entry("read", List.of("read")), Map.entry("ride", List.of("rode", "ridden")),
            Map.entry("ring", List.of("rang", "rung")), Map.entry("rise", List.of("rose", "risen")),
            Map.entry("run", List.of("ran", "run")), Map.entry("say", List.of("said")),
            Map.entry("see", List.of("saw", "seen")), Map.entry("seek", List.of("sought")),
            Map.entry("sell", List.of("sold")), Map.entry("send", List.of("sent")),
            Map.entry("set", List.of("set")), Map.entry("shake", List.of("shook", "shaken")),
            Map.entry("shed", List.of("shed")), Map.entry("shoot", List.of("shot")),
            Map.entry("show", List.of("showed", "shown")), Map.entry("shut", List.of("shut")),
            Map.entry("sink", List.of("sank", "sunk")), Map.entry("sit", List.of("sat")),
            Map.entry("slay", List.of("slew", "slain")), Map.entry("speak", List.of("spoke", "spoken")),
            Map.entry("spend", List.of("spent")), Map.entry("split", List.of("split")),
            Map.entry("spread", List.of("spread")), Map.entry("stand", List.of("stood")),
            Map.entry("steal", List.of("stole", "stolen")), Map.entry("stick", List.of("stuck")),
            Map.entry("strike", List.of("struck", "stricken")), Map.entry("swear", List.of("swore", "sworn")),
            Map.entry("sweep", List.of("swept")), Map.entry("take", List.of("took", "taken")),
            Map.entry("teach", List.of("taught")), Map.entry("tear", List.of("tore", "torn")),
            Map.entry("tell", List.of("told")), Map.entry("think", List.of("thought")),
            Map.entry("throw", List.of("threw", "thrown")), Map.entry("wear", List.of("wore", "worn")), Map.entry("win", List.of("won")),
            Map.entry("write", List.of("wrote", "written")));

    /** Prefixes with which a verb inflects like its stem: withdraw, uphold, overrun, retake, unfreeze. */
    private static final List<String> VERB_PREFIXES = List.of("with", "over", "under", "up", "out", "re", "un", "mis",
            "fore");

    /** Verbs of more than one syllable stressed on the last, which double their final consonant: "committed". */
    private static final Set<String> STRESSED_LAST = Set.of("abet", "acquit", "admit", "airdrop", "begin", "commit",
            "compel", "confer", "control", "defer", "deter", "dispel", "embed", "emit", "enrol", "enthral", "equip",
            "excel", "expel", "extol", "impel", "incur", "infer", "instil", "kidnap", "occur", "omit", "outstrip",
            "patrol", "permit", "prefer", "propel", "rebel", "rebut", "recur", "refer", "regret", "repel", "submit",
            "transfer", "transmit", "unban", "worship");

    private static final Map<String, String> IRREGULAR_PLURALS = Map.ofEntries(
            Map.entry("child", "children"), Map.entry("man", "men"), Map.entry("woman", "women"),
            Map.entry("person", "people"), Map.entry("crisis", "crises"), Map.entry("thesis", "theses"),
            Map.entry("analysis", "analyses"), Map.entry("foot", "feet"), Map.entry("thief", "thieves"),
            Map.entry("life", "lives"), Map.entry("knife", "knives"), Map.entry("wife", "wives"),
            Map.entry("policeman", "policemen"), Map.entry("gunman", "gunmen"),
            Map.entry("serviceman", "servicemen"), Map.entry("spokesman", "spokesmen"));

    private static final String VOWELS = "aeiou";

    /** Base, third person singular, past tense, past participle and -ing forms of the verb {@code lemma}. */
    public static Set<String> verbForms(String lemma) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(lemma);
        forms.add(thirdPerson(lemma));
        forms.addAll(presentParticiples(lemma));
        List<String> irregular = irregularPast(lemma);
        if (irregular != null) {
            forms.addAll(irregular);
        } else {
            forms.addAll(regularPast(lemma));
        }
        return Set.copyOf(forms);
    }

    /** Singular and plural of the noun {@code lemma}; a word already plural ("talks", "arms") stays as it is. */
    public static Set<String> nounForms(String lemma) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(lemma);
        String irregular = IRREGULAR_PLURALS.get(lemma);
        if (irregular != null) {
            forms.add(irregular);
        } else if (lemma.endsWith("s") && !lemma.endsWith("ss")) {
            // already plural, or a singular in -s that news uses in the singular ("status", "chaos")
        } else if (endsWithAny(lemma, "ss", "x", "z", "ch", "sh")) {
            forms.add(lemma + "es");
        } else if (consonantY(lemma)) {
            forms.add(lemma.substring(0, lemma.length() - 1) + "ies");
        } else if (lemma.endsWith("o") && lemma.length() > 1 && !isVowel(lemma.charAt(lemma.length() - 2))) {
            forms.add(lemma + "es");
            forms.add(lemma + "s");
        } else {
            forms.add(lemma + "s");
        }
        return Set.copyOf(forms);
    }

    private static List<String> irregularPast(String lemma) {
        List<String> direct = IRREGULAR_VERBS.get(lemma);
        if (direct != null) {
            return direct;
        }
        int hyphen = lemma.lastIndexOf('-');
        if (hyphen > 0) {
            List<String> tail = irregularPast(lemma.substring(hyphen + 1));
            return tail == null ? null : tail.stream().map(t -> lemma.substring(0, hyphen + 1) + t).toList();
        }
        for (String prefix : VERB_PREFIXES) {
            String stem = lemma.startsWith(prefix) ? lemma.substring(prefix.length()) : "";
            List<String> forms = IRREGULAR_VERBS.get(stem);
            if (forms != null) {
                return forms.stream().map(f -> prefix + f).toList();
            }
        }
        return null;
    }

    private static String thirdPerson(String v) {
        boolean consonantO = v.endsWith("o") && v.length() > 1 && !isVowel(v.charAt(v.length() - 2));
        if (endsWithAny(v, "s", "x", "z", "ch", "sh") || consonantO) {
            return v + "es";
        }
        return consonantY(v) ? v.substring(0, v.length() - 1) + "ies" : v + "s";
    }

    private static List<String> regularPast(String v) {
        if (v.endsWith("e")) {
            return List.of(v + "d");
        }
        if (consonantY(v)) {
            return List.of(v.substring(0, v.length() - 1) + "ied");
        }
        if (v.endsWith("c")) {
            return List.of(v + "ked");
        }
        return switch (doubling(v)) {
            case ALWAYS -> List.of(v + last(v) + "ed");
            case BOTH -> List.of(v + last(v) + "ed", v + "ed");
            case NEVER -> List.of(v + "ed");
        };
    }

    private static List<String> presentParticiples(String v) {
        if (v.endsWith("ie")) {
            return List.of(v.substring(0, v.length() - 2) + "ying");
        }
        if (v.endsWith("e") && !endsWithAny(v, "ee", "ye", "oe") && v.length() > 2) {
            return List.of(v.substring(0, v.length() - 1) + "ing");
        }
        if (v.endsWith("c")) {
            return List.of(v + "king");
        }
        return switch (doubling(v)) {
            case ALWAYS -> List.of(v + last(v) + "ing");
            case BOTH -> List.of(v + last(v) + "ing", v + "ing");
            case NEVER -> List.of(v + "ing");
        };
    }

    private enum Doubling { ALWAYS, BOTH, NEVER }

    /** Whether the final consonant doubles before -ed and -ing: after one stressed vowel, and both ways for -l. */
    private static Doubling doubling(String v) {
        String word = v.substring(v.lastIndexOf('-') + 1);
        int n = word.length();
        if (n < 3) {
            return Doubling.NEVER;
        }
        char c = word.charAt(n - 1);
        char vowel = word.charAt(n - 2);
        char before = word.charAt(n - 3);
        boolean quVowel = before == 'u' && n >= 4 && word.charAt(n - 4) == 'q';
        boolean cvc = !isVowel(c) && "wxy".indexOf(c) < 0 && isVowel(vowel) && (!isVowel(before) || quVowel);
        if (!cvc) {
            return Doubling.NEVER;
        }
        if (syllables(word) == 1 || STRESSED_LAST.contains(word)) {
            return Doubling.ALWAYS;
        }
        return c == 'l' ? Doubling.BOTH : Doubling.NEVER;
    }

    private static int syllables(String word) {
        int groups = 0;
        boolean inVowel = false;
        for (int i = 0; i < word.length(); i++) {
            boolean vowel = isVowel(word.charAt(i)) && !(word.charAt(i) == 'u' && i > 0 && word.charAt(i - 1) == 'q');
            if (vowel && !inVowel) {
                groups++;
            }
            inVowel = vowel;
        }
        if (word.endsWith("e") && groups > 1 && !word.endsWith("le")) {
            groups--;
        }
        return groups;
    }

    private static boolean consonantY(String w) {
        return w.length() > 1 && w.endsWith("y") && !isVowel(w.charAt(w.length() - 2));
    }

    private static boolean endsWithAny(String w, String... endings) {
        for (String e : endings) {
            if (w.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    private static char last(String w) {
        return w.charAt(w.length() - 1);
    }
}
