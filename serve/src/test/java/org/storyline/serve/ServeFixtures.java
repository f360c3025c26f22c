package org.storyline.serve;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.storyline.model.Actor;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Annotations;
import org.storyline.model.CleanArticle;
import org.storyline.model.DateMention;
import org.storyline.model.EntityMention;
import org.storyline.model.EntityType;
import org.storyline.model.EventArgument;
import org.storyline.model.EventMention;
import org.storyline.model.PloverType;
import org.storyline.model.QuoteKind;
import org.storyline.model.QuoteMention;
import org.storyline.model.Speaker;
import org.storyline.model.StageOutcome;
import org.storyline.model.TextSpan;
import org.storyline.store.Store;
import org.storyline.store.Stores;

/**
 * A small store built by hand (no NLP): two articles of one story from two outlets that dispute a claim, and an
 * article of a second story whose title and body carry markup ({@code <script>}, {@code onerror=}) that the UI must
 * show as text.
 */
final class ServeFixtures {
    static final String XSS_TITLE = "<script>window.__xss='title'</script><img src=x onerror=\"window.__xss='img'\">";
    static final String XSS_BODY_MARK = "<img src=x onerror=window.__xss='body'>";

    private ServeFixtures() {}

    static Store store(Path dir) {
        Store store = Stores.embedded(dir);
        store.add(StageOutcome.accepted(accusation()));
        store.add(StageOutcome.accepted(denial()));
        store.add(StageOutcome.accepted(hostile()));
        store.assignStory("a1", "s1");
        store.assignStory("a2", "s1");
        store.assignStory("x1", "s2");
        AnnotatedArticle a1 = accusation();
        String t1 = a1.article().text();
        String t2 = denial().article().text();
        int quote = t1.indexOf("We will not back down");
        int sentence2 = t2.indexOf("Kestria denied");
        store.saveStory("s1", "Convoy shelled near the border", """
                {"id":"s1","title":"Convoy shelled near the border","articles":["a1","a2"],"duplicates":[],
                 "outlets":["The Elsin Courier","Kestrian Herald"],"first":"2025-03-18","last":"2025-03-19",
                 "summary":"Valdria accused Kestria of shelling a convoy; Kestria denied it.",
                 "timeline":[
                  {"date":"2025-03-18","items":[{"kind":"event","article":"a1","start":0,"end":%d,
                    "text":"%s","type":"ACCUSE"}]},
                  {"date":"2025-03-19","items":[{"kind":"quote","article":"a1","start":%d,"end":%d,
                    "text":"We will not back down","speaker":"Greta Ansel"},
                   {"kind":"event","article":"a2","start":%d,"end":%d,"text":"%s","type":"REJECT"}]}],
                 "disputes":[{"claim":"Kestria shelled the convoy","sides":[
                   {"outlet":"The Elsin Courier","article":"a1","start":0,"end":%d,"text":"%s"},
                   {"outlet":"Kestrian Herald","article":"a2","start":%d,"end":%d,"text":"%s"}]}]}
                """.formatted(t1.indexOf('\n'), t1.substring(0, t1.indexOf('\n')), quote, quote + 21,
                sentence2, t2.length(), t2.substring(sentence2), t1.indexOf('\n'), t1.substring(0, t1.indexOf('\n')),
                sentence2, t2.length(), t2.substring(sentence2)));
        AnnotatedArticle x = hostile();
        String tx = x.article().text();
        int mark = tx.indexOf(XSS_BODY_MARK);
        store.saveStory("s2", XSS_TITLE, """
                {"id":"s2","title":%s,"articles":["x1"],"duplicates":[],"outlets":["<b>Outlet</b>"],
                 "first":"2025-04-01","last":"2025-04-01","summary":%s,
                 "timeline":[{"date":"2025-04-01","items":[{"kind":"event","article":"x1","start":%d,"end":%d,
                   "text":%s,"type":"THREATEN"}]}],"disputes":[]}
                """.formatted(json(XSS_TITLE), json(XSS_BODY_MARK), mark, mark + XSS_BODY_MARK.length(),
                json(XSS_BODY_MARK)));
        return store;
    }

    private static String json(String s) {
        return new com.fasterxml.jackson.databind.node.TextNode(s).toString();
    }

    static AnnotatedArticle accusation() {
        String text = "Valdria accused Kestria of shelling convoy 7 on Tuesday.\n\n\"We will not back down,\" said "
                + "Greta Ansel.";
        var clean = new CleanArticle("a1", "test/a1.txt", Optional.of("Convoy 7 shelled"),
                Optional.of(LocalDate.of(2025, 3, 19)), Optional.of("The Elsin Courier"), List.of("A. Writer"),
                Optional.of("en"), Optional.of("https://courier.example/a1"), text);
        int valdria = text.indexOf("Valdria");
        int kestria = text.indexOf("Kestria");
        int ansel = text.indexOf("Greta Ansel");
        int quote = text.indexOf("We will not back down");
        int tuesday = text.indexOf("on Tuesday");
        int accused = text.indexOf("accused");
        var entities = List.of(
                new EntityMention(new TextSpan(valdria, valdria + 7), "Valdria", EntityType.COUNTRY),
                new EntityMention(new TextSpan(kestria, kestria + 7), "Kestria", EntityType.COUNTRY),
                new EntityMention(new TextSpan(ansel, ansel + 11), "Greta Ansel", EntityType.PERSON));
        var actors = List.of(
                new Actor("country:valdria", "Valdria", EntityType.COUNTRY, List.of("Valdria"), Optional.of("VLD"),
                        Optional.empty()),
                new Actor("country:kestria", "Kestria", EntityType.COUNTRY, List.of("Kestria"), Optional.of("KES"),
                        Optional.empty()),
                new Actor("person:greta-ansel", "Greta Ansel", EntityType.PERSON, List.of("Greta Ansel"),
                        Optional.of("VLD"), Optional.of("GOV")));
        var quotes = List.of(new QuoteMention(new TextSpan(quote, quote + 21), "We will not back down",
                QuoteKind.DIRECT, Optional.of(new Speaker("Greta Ansel", Optional.of(new TextSpan(ansel, ansel + 11))))));
        var dates = List.of(new DateMention(new TextSpan(tuesday, tuesday + 10), "on Tuesday",
                Optional.of("2025-03-18")));
        var events = List.of(new EventMention(PloverType.ACCUSE, Optional.of("112"),
                List.of(argument("Valdria", valdria, "country:valdria", "VLD")),
                List.of(argument("Kestria", kestria, "country:kestria", "KES")),
                Optional.of(LocalDate.of(2025, 3, 18)), false, Optional.empty(),
                new TextSpan(accused, accused + 7), "accused", new TextSpan(0, text.indexOf('\n')), false, false));
        return new AnnotatedArticle(clean, Optional.of(new Annotations(entities,
                List.of(Optional.of("country:valdria"), Optional.of("country:kestria"),
                        Optional.of("person:greta-ansel")), actors, quotes, List.of(Optional.of("person:greta-ansel")),
                dates, events)));
    }

    static AnnotatedArticle denial() {
        String text = "Officials spoke on Wednesday.\n\nKestria denied shelling the convoy and blamed Valdria.";
        var clean = new CleanArticle("a2", "test/a2.txt", Optional.of("Kestria denies convoy attack"),
                Optional.of(LocalDate.of(2025, 3, 19)), Optional.of("Kestrian Herald"), List.of(), Optional.of("en"),
                Optional.empty(), text);
        int kestria = text.indexOf("Kestria");
        int valdria = text.indexOf("Valdria");
        int denied = text.indexOf("denied");
        var entities = List.of(
                new EntityMention(new TextSpan(kestria, kestria + 7), "Kestria", EntityType.COUNTRY),
                new EntityMention(new TextSpan(valdria, valdria + 7), "Valdria", EntityType.COUNTRY));
        var actors = List.of(
                new Actor("country:kestria", "Kestria", EntityType.COUNTRY, List.of("Kestria"), Optional.of("KES"),
                        Optional.empty()),
                new Actor("country:valdria", "Valdria", EntityType.COUNTRY, List.of("Valdria"), Optional.of("VLD"),
                        Optional.empty()));
        var events = List.of(new EventMention(PloverType.REJECT, Optional.of("120"),
                List.of(argument("Kestria", kestria, "country:kestria", "KES")),
                List.of(argument("Valdria", valdria, "country:valdria", "VLD")),
                Optional.of(LocalDate.of(2025, 3, 19)), true, Optional.empty(),
                new TextSpan(denied, denied + 6), "denied", new TextSpan(kestria, text.length()), false, false));
        return new AnnotatedArticle(clean, Optional.of(new Annotations(entities,
                List.of(Optional.of("country:kestria"), Optional.of("country:valdria")), actors, List.of(), List.of(),
                List.of(), events)));
    }

    /** An article whose title and body hold markup and event handlers, with an entity and an event over them. */
    static AnnotatedArticle hostile() {
        String text = "Borvia threatened reprisals. <script>window.__xss='body-script'</script>\n\n"
                + "A reader wrote " + XSS_BODY_MARK + " in the comments.";
        var clean = new CleanArticle("x1", "test/x1.txt", Optional.of(XSS_TITLE),
                Optional.of(LocalDate.of(2025, 4, 1)), Optional.of("<b>Outlet</b>"), List.of("<i>Author</i>"),
                Optional.of("en"), Optional.empty(), text);
        int mark = text.indexOf(XSS_BODY_MARK);
        int threatened = text.indexOf("threatened");
        var entities = List.of(new EntityMention(new TextSpan(0, 6), "Borvia", EntityType.COUNTRY),
                new EntityMention(new TextSpan(mark, mark + XSS_BODY_MARK.length()), XSS_BODY_MARK, EntityType.MISC));
        var actors = List.of(new Actor("country:borvia", "<svg onload=alert(1)>", EntityType.COUNTRY,
                List.of("Borvia"), Optional.empty(), Optional.empty()));
        var events = List.of(new EventMention(PloverType.THREATEN, Optional.of("130"),
                List.of(new EventArgument("Borvia", new TextSpan(0, 6), Optional.of("country:borvia"),
                        Optional.empty(), Optional.empty())),
                List.of(new EventArgument("<img src=x onerror=window.__xss='net'>", new TextSpan(mark,
                        mark + XSS_BODY_MARK.length()), Optional.empty(), Optional.empty(), Optional.empty())),
                Optional.of(LocalDate.of(2025, 4, 1)), true, Optional.empty(),
                new TextSpan(threatened, threatened + 10), "threatened", new TextSpan(0, text.indexOf('\n')), false,
                false));
        return new AnnotatedArticle(clean, Optional.of(new Annotations(entities,
                List.of(Optional.of("country:borvia"), Optional.empty()), actors, List.of(), List.of(), List.of(),
                events)));
    }

    private static EventArgument argument(String name, int start, String actor, String country) {
        return new EventArgument(name, new TextSpan(start, start + name.length()), Optional.of(actor),
                Optional.of(country), Optional.empty());
    }
}
