package org.storyline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Quote recall, quote precision and speaker accuracy of CONTRACT.md section 7. A gold quote is found when its snippet
 * lies inside the text of an extracted quote (or an extracted quote of 12+ characters lies inside the snippet);
 * precision is the share of extracted direct and partial quotes of 4+ words that match some gold snippet of the page;
 * speaker accuracy, over found quotes, compares the extracted speaker name with the gold names (separated by |):
 * equal (case-insensitive), containing one of more than 3 characters, or contained in one while longer than 3.
 * Not thread-safe.
 */
public final class QuoteEvaluation {

    /** A gold quote: a distinctive snippet inside it and the acceptable speaker names separated by |. */
    public record Gold(String snippet, String speakers) {}

    /** An extracted quote: its text, kind (direct, partial, indirect) and speaker name (null when none). */
    public record Extracted(String text, String kind, String speaker) {}

    /** A gold quote not found, or found with a wrong speaker. */
    public record Miss(String article, Gold gold, String reason) {}

    private int gold;
    private int found;
    private int speakerRight;
    private int checked;
    private int precise;
    private final List<Miss> misses = new ArrayList<>();

    public void add(String article, List<Gold> golds, List<Extracted> extracted) {
        for (Gold g : golds) {
            gold++;
            String snippet = TextFolding.foldWhitespace(g.snippet());
            // the quote that holds the snippet is the one it was taken from; a short quote inside the snippet only
            // counts when no quote holds it
            Extracted match = null;
            for (Extracted e : extracted) {
                if (TextFolding.foldWhitespace(e.text()).contains(snippet)) {
                    match = e;
                    break;
                }
            }
            for (int i = 0; match == null && i < extracted.size(); i++) {
                if (matches(snippet, TextFolding.foldWhitespace(extracted.get(i).text()))) {
                    match = extracted.get(i);
                }
            }
            if (match == null) {
                misses.add(new Miss(article, g, "not found"));
                continue;
            }
            found++;
            if (speakerMatches(match.speaker(), g.speakers())) {
                speakerRight++;
            } else {
                misses.add(new Miss(article, g, "speaker " + match.speaker()));
            }
        }
        for (Extracted e : extracted) {
            if (e.kind().equals("indirect") || TextFolding.foldWhitespace(e.text()).split(" ").length < 4) {
                continue;
            }
            checked++;
            String text = TextFolding.foldWhitespace(e.text());
            for (Gold g : golds) {
                if (matches(TextFolding.foldWhitespace(g.snippet()), text)) {
                    precise++;
                    break;
                }
            }
        }
    }

    private static boolean matches(String snippet, String quote) {
        return quote.contains(snippet) || (quote.length() >= 12 && snippet.contains(quote));
    }

    static boolean speakerMatches(String speaker, String gold) {
        if (speaker == null) {
            return false;
        }
        String s = speaker.toLowerCase(Locale.ROOT).strip();
        for (String name : gold.split("\\|")) {
            String n = name.toLowerCase(Locale.ROOT).strip();
            if (s.equals(n) || (n.length() > 3 && s.contains(n)) || (s.length() > 3 && n.contains(s))) {
                return true;
            }
        }
        return false;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) found / gold;
    }

    public double precision() {
        return checked == 0 ? 0 : (double) precise / checked;
    }

    public double speakerAccuracy() {
        return found == 0 ? 0 : (double) speakerRight / found;
    }

    public int goldCount() {
        return gold;
    }

    public List<Miss> misses() {
        return List.copyOf(misses);
    }
}
