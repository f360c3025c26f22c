package org.storyline.stories;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.storyline.model.CleanArticle;

/**
 * Which outlet published an article, and when two outlet names are the same outlet. Pages name their outlet in
 * several ways — "The Brenn Post", "brennpost.com", a feed's "Norvik Wire - Top stories", an Atom feed's "Eastmark
 * Observer - Region" — and counting independent outlets needs them as one.
 */
public final class Outlets {
    private Outlets() {}

    /** The outlet the article names, else its web address's host without "www." (none when it has neither). */
    public static Optional<String> of(CleanArticle article) {
        Optional<String> named = article.outlet().map(String::strip).filter(s -> !s.isEmpty());
        return named.isPresent() ? named : article.url().flatMap(Outlets::host);
    }

    /**
     * The outlet's identity: the letters and digits of its name, lower-cased, without a leading "the", without a
     * section after " - ", " | " or " – ", and, for a host name, without "www." and the top-level domain
     * ("The Brenn Post" and "brennpost.com" are both {@code brennpost}).
     */
    public static String key(String outlet) {
        String s = outlet.strip();
        for (String separator : new String[] {" - ", " | ", " – ", " — ", ": "}) {
            int at = s.indexOf(separator);
            if (at > 0) {
                s = s.substring(0, at);
            }
        }
        s = s.toLowerCase(Locale.ROOT);
        if (!s.contains(" ") && s.contains(".")) {
            s = s.replaceFirst("^www\\.", "");
            int dot = s.lastIndexOf('.');
            s = s.substring(0, dot);
            if (s.endsWith(".co") || s.endsWith(".com")) {   // news.co.uk, abc.com.au
                s = s.substring(0, s.lastIndexOf('.'));
            }
        }
        s = s.replaceFirst("^the\\s+", "");
        String key = s.replaceAll("[^\\p{L}\\p{N}]", "");
        return key.isEmpty() ? outlet.strip().toLowerCase(Locale.ROOT) : key;
    }

    /** Whether a name looks like a host name rather than the outlet's own name ("brennpost.com"). */
    static boolean isHost(String outlet) {
        return !outlet.strip().contains(" ") && outlet.contains(".");
    }

    private static Optional<String> host(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return Optional.ofNullable(host).map(h -> h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
