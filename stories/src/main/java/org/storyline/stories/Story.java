package org.storyline.stories;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A story as CONTRACT.md section 3 lists it: its articles (copies included, as evidence), the copies with their
 * originals, the outlets covering it, its date range, an extractive summary, a timeline of dated events and quotes,
 * and disputes. Every timeline item and dispute side points at an article and a span of its text.
 *
 * @param duplicates         verbatim copies (furniture aside) and their originals
 * @param nearDuplicates     partial copies (rewrites keeping paragraphs) and their originals
 * @param outlets            every outlet with an article in the story, in order of first appearance
 * @param independentOutlets outlets with an article that is not a copy of another
 */
public record Story(String id, String title, List<String> articles, List<CopyLink> duplicates,
        List<CopyLink> nearDuplicates, List<String> outlets, int independentOutlets, Optional<LocalDate> first,
        Optional<LocalDate> last, String summary, List<TimelineDay> timeline, List<Dispute> disputes) {

    public Story {
        requireNonNull(id, "id is null");
        requireNonNull(title, "title is null");
        articles = List.copyOf(requireNonNull(articles, "articles is null"));
        duplicates = List.copyOf(requireNonNull(duplicates, "duplicates is null"));
        nearDuplicates = List.copyOf(requireNonNull(nearDuplicates, "nearDuplicates is null"));
        outlets = List.copyOf(requireNonNull(outlets, "outlets is null"));
        requireNonNull(first, "first is null");
        requireNonNull(last, "last is null");
        requireNonNull(summary, "summary is null");
        timeline = List.copyOf(requireNonNull(timeline, "timeline is null"));
        disputes = List.copyOf(requireNonNull(disputes, "disputes is null"));
    }

    /** An article that copies another. */
    public record CopyLink(String article, String copyOf) {
        public CopyLink {
            requireNonNull(article, "article is null");
            requireNonNull(copyOf, "copyOf is null");
        }
    }

    /** The items of one day, events before quotes, in article order. */
    public record TimelineDay(LocalDate date, List<TimelineItem> items) {
        public TimelineDay {
            requireNonNull(date, "date is null");
            items = List.copyOf(requireNonNull(items, "items is null"));
        }
    }

    /** What a timeline item is. */
    public enum ItemKind {
        EVENT, QUOTE;

        /** The contract's lower-case name. */
        public String contractName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A dated event (its sentence) or quote (its words), as first reported by an original article.
     *
     * @param label              the PLOVER type of an event, the speaker of a quote, if any
     * @param independentOutlets outlets whose original articles report the same event or quote
     */
    public record TimelineItem(ItemKind kind, String article, int start, int end, String text, Optional<String> label,
            int independentOutlets) {
        public TimelineItem {
            requireNonNull(kind, "kind is null");
            requireNonNull(article, "article is null");
            requireNonNull(text, "text is null");
            requireNonNull(label, "label is null");
            if (start < 0 || end < start || end - start != text.length()) {
                throw new IllegalArgumentException("span [" + start + ", " + end + ") does not fit text \"" + text + "\"");
            }
        }
    }

    /** Conflicting accounts of the same thing: a claim and the sentences on each side. */
    public record Dispute(String claim, List<DisputeSide> sides) {
        public Dispute {
            requireNonNull(claim, "claim is null");
            sides = List.copyOf(requireNonNull(sides, "sides is null"));
        }
    }

    /** One account in a dispute: who published it, where, and its words. */
    public record DisputeSide(Optional<String> outlet, String article, int start, int end, String text) {
        public DisputeSide {
            requireNonNull(outlet, "outlet is null");
            requireNonNull(article, "article is null");
            requireNonNull(text, "text is null");
            if (start < 0 || end < start || end - start != text.length()) {
                throw new IllegalArgumentException("span [" + start + ", " + end + ") does not fit text \"" + text + "\"");
            }
        }
    }
}
