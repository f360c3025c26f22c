package org.storyline.stories.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word-level features of a text: lower-cased word tokens (letters and digits), content terms (stop words and short
 * tokens dropped, a plural "s" folded) and their counts. Deterministic: maps keep first-seen order.
 */
public final class Words {
    private Words() {}

    private static final Set<String> STOP = Set.copyOf(java.util.Arrays.asList(("a about above after again against all also am an and any are "
            + "aren't as at be because been before being below between both but by can could did do does doing "
            + "down during each few for from further had has have having he her here hers herself him himself his "
            + "how i if in into is it its itself just let me more most my myself no nor not now of off on once only "
            + "or other our ours ourselves out over own same she should so some such than that the their theirs "
            + "them themselves then there these they this those through to too under until up very was we were "
            + "what when where which while who whom why will with would you your yours yourself yourselves "
            + "said says say saying told tell according one two three new year years day days time week weeks "
            + "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
            + "august september october november december mr mrs ms dr per cent percent people last first next "
            + "since still even much many well back like get got make made may might must shall us yet however "
            + "another around including later earlier today yesterday tomorrow via among within without upon "
            + "whether though although already ago ever every just near onto across toward towards").split(" ")));

    /** The lower-cased word tokens of {@code text}, in order (letters and digits, inner apostrophes and hyphens kept). */
    public static List<String> tokens(CharSequence text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n) {
                char d = text.charAt(i);
                if (Character.isLetterOrDigit(d)) {
                    i++;
                } else if ((d == '\'' || d == '’' || d == '-') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            out.add(text.subSequence(start, i).toString().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        return out;
    }

    /** Whether a lower-cased token carries content: not a stop word, 3+ characters, not only digits. */
    public static boolean isContent(String token) {
        if (token.length() < 3 || STOP.contains(token)) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetter(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A content token's term: possessive and a plain plural "s" folded ("convoys" and "convoy's" to "convoy"). */
    public static String term(String token) {
        String t = token.endsWith("'s") ? token.substring(0, token.length() - 2) : token;
        if (t.length() > 4 && t.endsWith("s") && !t.endsWith("ss") && !t.endsWith("us") && !t.endsWith("is")) {
            t = t.endsWith("ies") ? t.substring(0, t.length() - 3) + "y" : t.substring(0, t.length() - 1);
        }
        return t;
    }

    /** The content terms of {@code text}, in order. */
    public static List<String> terms(CharSequence text) {
        List<String> out = new ArrayList<>();
        for (String token : tokens(text)) {
            if (isContent(token)) {
                out.add(term(token));
            }
        }
        return out;
    }

    /** Counts of the content terms of {@code text}, first-seen order. */
    public static Map<String, Integer> termCounts(CharSequence text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String t : terms(text)) {
            counts.merge(t, 1, Integer::sum);
        }
        return counts;
    }
}
