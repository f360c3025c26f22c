package org.storyline.annotate;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.storyline.model.Actor;
import org.storyline.model.Annotations;
import org.storyline.model.EntityMention;
import org.storyline.model.EntityType;
import org.storyline.model.CleanArticle;
import org.storyline.model.QuoteMention;

/**
 * The NLP stage over one cleaned article: entities (from the given recognizer), actors, quotations with speakers and
 * dates, each as spans into the article's text. Stateless; thread-safe when the recognizer is.
 */
public final class ArticleAnnotator {
    private final EntityRecognizer recognizer;
    private final QuoteAnnotator quotes = new QuoteAnnotator();
    private final TemporalExpressionAnnotator dates = new TemporalExpressionAnnotator();
    private final ActorKnowledge knowledge;
    private final ActorResolver actors;

    /** With the shared knowledge (built in, plus the file {@code STORYLINE_KNOWLEDGE} names, if any). */
    public ArticleAnnotator(EntityRecognizer recognizer) {
        this(recognizer, ActorKnowledge.shared());
    }

    public ArticleAnnotator(EntityRecognizer recognizer, ActorKnowledge knowledge) {
        this.recognizer = requireNonNull(recognizer, "recognizer is null");
        this.knowledge = requireNonNull(knowledge, "knowledge is null");
        this.actors = new ActorResolver(knowledge);
    }

    public Annotations annotate(CleanArticle article) {
        return annotate(article, recognizer.recognize(article.text()));
    }

    /** With the entities already recognised (by the backend's analysis of the same text). */
    public Annotations annotate(CleanArticle article, List<EntityMention> entities) {
        String text = article.text();
        ActorResolver.Result resolved = actors.resolve(text, entities);
        List<Actor> all = new ArrayList<>(resolved.actors());
        List<QuoteMention> found = quotes.annotate(text);
        List<Optional<String>> speakerActors = new ArrayList<>();
        for (QuoteMention q : found) {
            speakerActors.add(q.speaker().flatMap(s -> ActorResolver.actorOf(s.name(), all)
                    .or(() -> governmentOrGroup(s.name(), all, text, q.span().start()))));
        }
        return new Annotations(resolved.entities(), resolved.entityActors(), all, found, speakerActors,
                dates.annotate(text, article.published()));
    }

    private static final java.util.regex.Pattern GROUP = java.util.regex.Pattern.compile(
            "(?i)^(?:the\\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\\d+|several|many|western|"
                    + "[\\p{L}]+\\s+western)?\\s*(?:\\p{L}+\\s+)?(?:countries|powers|nations|governments|states|"
                    + "member states|allies)$");

    /**
     * A group speaker ("the six countries", "Six Western powers"): a group actor whose members are the countries
     * named in the text before the quote, nearest first, as many as the number says (all of the last list
     * otherwise). Without named countries before it, no group actor is made.
     */
    private Optional<String> group(String speaker, List<Actor> all, String text, int before) {
        if (!GROUP.matcher(speaker.strip()).matches()) {
            return Optional.empty();
        }
        int wanted = count(speaker);
        String window = text.substring(Math.max(0, before - 1500), before);
        // country mentions in the window, in order of position
        List<int[]> mentions = new ArrayList<>();
        for (Actor a : all) {
            if (a.type() != EntityType.COUNTRY) {
                continue;
            }
            for (String alias : a.aliases()) {
                for (int at = window.indexOf(alias); at >= 0; at = window.indexOf(alias, at + 1)) {
                    mentions.add(new int[] {at, at + alias.length(), all.indexOf(a)});
                }
            }
        }
        mentions.sort((x, y) -> Integer.compare(x[0], y[0]));
        // runs of countries joined only by commas, "and", "as well as", "the": "the United States as well as
        // Canada, France, Germany, Italy and the United Kingdom"; the last run of the size the speaker gives wins
        List<String> members = new ArrayList<>();
        List<String> run = new ArrayList<>();
        int runEnd = -1;
        for (int[] m : mentions) {
            String id = all.get(m[2]).id();
            boolean joined = runEnd >= 0 && m[0] >= runEnd
                    && window.substring(runEnd, m[0]).matches("(?:\\s|,|and|as well as|the|&)*");
            if (!joined) {
                run = new ArrayList<>();
            }
            if (m[0] >= runEnd && !run.contains(id)) {
                run.add(id);
                runEnd = m[1];
                if (run.size() >= 2 && (wanted == 0 || run.size() == wanted)) {
                    members = new ArrayList<>(run);
                }
            }
        }
        if (members.size() < 2) {
            return Optional.empty();
        }
        String name = speaker.strip().replaceFirst("^(?i)the\\s+", "");
        String id = ActorResolver.id(EntityType.ORGANIZATION, "group " + name);
        if (all.stream().noneMatch(a -> a.id().equals(id))) {
            all.add(new Actor(id, name, EntityType.ORGANIZATION, List.of(speaker), Optional.empty(), Optional.of("GOV"),
                    members));
        }
        return Optional.of(id);
    }

    private static int count(String speaker) {
        String[] numbers = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
        String s = speaker.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < numbers.length; i++) {
            if (s.matches(".*\\b" + numbers[i] + "\\b.*")) {
                return i + 2;
            }
        }
        java.util.regex.Matcher digits = java.util.regex.Pattern.compile("\\b(\\d+)\\b").matcher(s);
        return digits.find() ? Integer.parseInt(digits.group(1)) : 0;
    }

    /**
     * A speaker that names no entity's actor but names a country's seat ("the Kremlin said"), a country, a known
     * organisation or a group with a known country and sector ("Syrian rebel factions"): an actor made for it and
     * added to the article's actors.
     */
    private Optional<String> governmentOrGroup(String speaker, List<Actor> all, String text, int before) {
        ActorKnowledge k = knowledge;
        Optional<String> group = group(speaker, all, text, before);
        if (group.isPresent()) {
            return group;
        }
        Optional<String> seat = k.seat(speaker);
        ActorKnowledge.Profile profile = k.profile(speaker);
        if (seat.isEmpty() && profile.country().isEmpty() && profile.sector().isEmpty()) {
            return Optional.empty();
        }
        String name = seat.map(iso3 -> iso3 + " government").orElse(speaker.replaceFirst("^(?i)the\\s+", ""));
        Optional<String> country = seat.or(profile::country);
        Optional<String> sector = seat.isPresent() ? Optional.of("GOV") : profile.sector();
        EntityType type = k.country(speaker).isPresent() ? EntityType.COUNTRY : EntityType.ORGANIZATION;
        String id = ActorResolver.id(type, name);
        for (Actor a : all) {
            if (a.id().equals(id)) {
                return Optional.of(id);
            }
        }
        all.add(new Actor(id, name, type, List.of(speaker), country, sector));
        return Optional.of(id);
    }
}
