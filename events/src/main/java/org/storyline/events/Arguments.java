package org.storyline.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.storyline.annotate.ActorKnowledge;
import org.storyline.annotate.nlp.Dependency;
import org.storyline.annotate.nlp.ParsedSentence;
import org.storyline.annotate.nlp.Token;
import org.storyline.model.Actor;
import org.storyline.model.Annotations;
import org.storyline.model.EntityMention;
import org.storyline.model.EventArgument;
import org.storyline.model.PloverType;
import org.storyline.model.QuoteMention;
import org.storyline.model.TextSpan;

/**
 * Who did it and to whom, read off the dependency parse of a trigger's sentence:
 * <ul>
 *   <li>a verb's subject is the source and its object the target; in the passive the subject is the target and the
 *       {@code by} phrase the source; a verb controlled by another ("threatened to halt", "urged X to withdraw")
 *       takes the subject the parser's enhanced graph gives it; prepositional objects ({@code against}, {@code on},
 *       {@code with}, {@code to}) are targets when there is no direct object;</li>
 *   <li>a noun's source is its possessor or nationality adjective ("Russia's airstrikes", "Russian airstrikes") or
 *       else the subject of the verb it is the object of ("the U.S. imposed sanctions"); its target its
 *       {@code on}/{@code against}/{@code with} phrase;</li>
 *   <li>coordinated arguments are kept as lists ("the U.S., Britain and France accused …");</li>
 *   <li>each argument resolves to the article's actor named there, else to what the knowledge file says of its
 *       words (countries, demonyms, seats of government, organisations, roles); "we" or "I" inside a quotation is the
 *       quotation's speaker.</li>
 * </ul>
 */
final class Arguments {
    /** Prepositions whose object is a target, most telling first, per event family. */
    private static final List<String> TARGET_CASES = List.of("against", "on", "with", "to", "at", "from", "over",
            "toward", "towards", "into", "upon", "for");
    private static final Set<String> PRONOUNS_OF_SPEAKER = Set.of("we", "i", "us", "me", "our");
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    private static final Set<String> MODALS = Set.of("would", "could", "may", "might", "should", "can", "will",
            "shall", "must", "'ll", "wo");
    private static final Set<String> INTENT_VERBS = Set.of("threaten", "plan", "intend", "want", "seek", "vow",
            "promise", "propose", "consider", "prepare", "aim", "hope", "try", "offer", "pledge", "expect", "wish",
            "mull", "weigh", "warn", "decide", "agree", "refuse", "demand", "urge", "ask", "call");
    /**
     * Verbs that only carry a noun trigger ("launched air strikes", "imposed sanctions", "engaged X in a firefight"):
     * their subject does what the noun names. Other verbs' subjects do something to it ("criticised the sanctions").
     */
    private static final Set<String> LIGHT_VERBS = Set.of("launch", "carry", "conduct", "stage", "engage", "mount",
            "wage", "hold", "impose", "announce", "order", "begin", "start", "continue", "step", "intensify", "resume",
            "make", "issue", "lodge", "file", "express", "voice", "deliver", "give", "offer", "extend", "provide",
            "send", "pay", "sign", "reach", "strike", "seal", "conclude", "declare", "lead", "organise", "organize",
            "call", "renew", "escalate", "perpetrate", "commit", "unleash", "keep", "maintain", "slap", "level",
            "bring", "press", "pursue", "take", "use", "open", "have", "host", "attend", "join", "undertake", "present",
            "produce", "submit", "table", "put");
    /** Verbs whose subject receives what the from-phrase gives ("received arms from", "faces pressure from"). */
    private static final Set<String> RECEIVING_VERBS = Set.of("receive", "get", "obtain", "accept", "face", "win",
            "secure", "gain", "draw", "attract", "suffer", "endure", "incur");
    private static final Set<String> DENIAL_VERBS = Set.of("deny", "refute", "reject", "dismiss");

    private final String text;
    private final Annotations annotations;
    private final ActorKnowledge knowledge;

    Arguments(String text, Annotations annotations, ActorKnowledge knowledge) {
        this.text = text;
        this.annotations = annotations;
        this.knowledge = knowledge;
    }

    /** Sources and targets of the trigger whose head is token {@code head}. */
    Roles roles(ParsedSentence p, int head, List<Integer> words, PloverType type) {
        List<Integer> sources = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        String tag = p.sentence().tokens().get(head).tag();
        Optional<Dependency> asModifier = p.head(head).filter(d -> d.governor() >= 0
                && (d.base().equals("amod") || d.base().equals("compound")));
        if (tag.equals("VBG") && asModifier.isPresent()) {
            // "Israeli tank shelling" parsed as shelling modifying tank: the noun phrase is the trigger's
            head = asModifier.get().governor();
            tag = "NN";
        }
        if (tag.startsWith("V")) {
            List<Integer> passiveSubjects = p.dependents(head, "nsubj:pass");
            if (!passiveSubjects.isEmpty()) {
                targets.addAll(passiveSubjects);
                sources.addAll(p.dependents(head, "obl:agent"));
                sources.addAll(p.dependents(head, "obl:by"));
                if (sources.isEmpty()) {
                    sources.addAll(p.dependents(head, "obl:from"));   // "a mortar was fired at it from Gaza"
                }
            } else {
                sources.addAll(subjects(p, head));
                targets.addAll(p.dependents(head, "obj"));
                targets.addAll(p.dependents(head, "iobj"));
            }
            targets.removeAll(words);   // "imposed sanctions": the trigger's own noun is no target
            if (arguments(p, targets).isEmpty()) {
                targets.clear();
                targets.addAll(caseMarked(p, head, "obl"));
                for (int w : words) {
                    if (w == head) {
                        continue;
                    }
                    if (!arguments(p, targets).isEmpty()) {
                        break;
                    }
                    // "held talks with X", "launched an air strike against X": the phrase's noun takes the target
                    targets.clear();
                    targets.addAll(caseMarked(p, w, "nmod"));
                }
            }
            if (targets.isEmpty() && (type == PloverType.ACCUSE || type == PloverType.PROTEST
                    || type == PloverType.THREATEN)) {
                // "a report alleged that France was aware": whom the claim is about is its clause's subject
                for (int clause : p.dependents(head, "ccomp")) {
                    targets.addAll(subjects(p, clause));
                    targets.addAll(p.dependents(clause, "nsubj:pass"));
                }
            }
            if (sources.isEmpty()) {
                // "…, accusing Kestria of …": a participle's subject is its clause's
                p.head(head).filter(d -> d.base().equals("advcl") || d.base().equals("xcomp")
                        || d.base().equals("conj")).ifPresent(d -> sources.addAll(subjects(p, d.governor())));
            }
        } else {
            for (Dependency d : p.dependents(head)) {
                if (d.relation().equals("nmod:poss") || (d.base().equals("amod") && isNationality(p, d.dependent()))
                        || (d.base().equals("compound") && isProper(p, d.dependent()))) {
                    sources.add(d.dependent());
                }
                if (d.base().equals("compound") && !isProper(p, d.dependent())) {
                    // "Israeli tank shelling": the nationality sits on the compound
                    for (Dependency m : p.dependents(d.dependent())) {
                        if (m.base().equals("amod") && isNationality(p, m.dependent())) {
                            sources.add(m.dependent());
                        }
                    }
                }
            }
            targets.addAll(caseMarked(p, head, "nmod"));
            sources.addAll(p.dependents(head, "nmod:by"));   // "an air strike by government forces"
            sources.addAll(p.dependents(head, "nmod:agent"));
            Optional<Dependency> up = p.head(head).filter(d -> d.governor() >= 0
                    && LIGHT_VERBS.contains(p.sentence().tokens().get(d.governor()).lemma().toLowerCase(Locale.ROOT)));
            if (sources.isEmpty() && up.isPresent() && up.get().relation().equals("nsubj:pass")) {
                // "evidence against Russia was presented by the US": the passive verb's agent
                sources.addAll(p.dependents(up.get().governor(), "obl:agent"));
                sources.addAll(p.dependents(up.get().governor(), "obl:by"));
            } else if (sources.isEmpty() && up.isPresent() && (up.get().base().equals("obj")
                    || up.get().base().equals("obl"))) {
                // "the U.S. imposed sanctions", "rebels engaged peacekeepers in a firefight": the verb's subject
                sources.addAll(subjects(p, up.get().governor()));
            }
            if (targets.isEmpty() && up.isPresent() && up.get().base().equals("obl")) {
                // "… peacekeepers in a firefight", "four children were killed in tank shelling": who it befell
                targets.addAll(p.dependents(up.get().governor(), "obj"));
                targets.addAll(p.dependents(up.get().governor(), "nsubj:pass"));
            }
        }
        int receiver = tag.startsWith("V") ? head : p.head(head).filter(d -> d.base().equals("obj") && d.governor() >= 0)
                .map(Dependency::governor).orElse(-1);
        if (receiver >= 0 && type != PloverType.CONSULT
                && RECEIVING_VERBS.contains(p.sentence().tokens().get(receiver).lemma().toLowerCase(Locale.ROOT))) {
            // "demonstrators received weapons from the government", "Obama faces pressure from Congress": the
            // from-phrase gives, the subject receives
            List<Integer> givers = new ArrayList<>(p.dependents(receiver, "obl:from"));
            for (int w : receiver != head ? List.of(head) : words) {
                if (givers.isEmpty()) {
                    givers.addAll(p.dependents(w, "nmod:from"));   // "received assurances from the government"
                }
            }
            if (!givers.isEmpty()) {
                targets.clear();
                targets.addAll(subjects(p, receiver));
                sources.clear();
                sources.addAll(givers);
            }
        }
        if (type == PloverType.CONSULT || type == PloverType.AGREE || type == PloverType.COOPERATE) {
            // "Kerry and Lavrov met", "the US, Russia and Switzerland met": with no other target each party acts
            // towards the others, so all of them are both source and target (CAMEO codes every ordered pair)
            if (targets.isEmpty() && sources.size() > 1) {
                targets.addAll(sources);
            }
        }
        return new Roles(arguments(p, sources), arguments(p, targets));
    }

    /** Sources and targets of one trigger, as arguments. */
    record Roles(List<EventArgument> source, List<EventArgument> target) {}

    /** Whether the trigger is denied ("did not rule out", "denied that it attacked"). */
    boolean negated(ParsedSentence p, int head) {
        if (hasNegator(p, head)) {
            return true;
        }
        Optional<Dependency> up = p.head(head);
        if (up.isPresent() && up.get().governor() >= 0 && (up.get().base().equals("ccomp")
                || up.get().base().equals("xcomp"))) {
            Token governor = p.sentence().tokens().get(up.get().governor());
            return DENIAL_VERBS.contains(governor.lemma().toLowerCase(Locale.ROOT));
        }
        return false;
    }

    /** Verbs of will; "prepare to", "be about to" announce the act itself and are not among them. */
    private static final Set<String> WILL_VERBS = Set.of("want", "plan", "intend", "vow", "threaten", "promise", "seek",
            "pledge", "decide", "aim", "wish");

    private static final Set<String> CLAIM_VERBS = Set.of("say", "claim", "allege", "report", "charge", "insist",
            "assert", "tell", "state", "announce", "contend", "maintain", "accuse");

    /** Who reports the trigger's clause ("Israel said a mortar was fired …"): the speech verb's token and subject. */
    Optional<Reporter> reporter(ParsedSentence p, int head) {
        int token = head;
        for (int hops = 0; hops < 3; hops++) {
            Optional<Dependency> up = p.head(token);
            if (up.isEmpty() || up.get().governor() < 0) {
                return Optional.empty();
            }
            int governor = up.get().governor();
            String lemma = p.sentence().tokens().get(governor).lemma().toLowerCase(Locale.ROOT);
            if ((up.get().base().equals("ccomp") || up.get().base().equals("parataxis"))
                    && CLAIM_VERBS.contains(lemma)) {
                List<EventArgument> who = arguments(p, subjects(p, governor));
                return who.isEmpty() ? Optional.empty() : Optional.of(new Reporter(governor, who));
            }
            boolean nounInClause = up.get().base().equals("obl") || up.get().base().equals("obj")
                    || up.get().base().equals("nsubj:pass");   // "… were killed in an air strike by …"
            if (!(up.get().base().equals("conj") || up.get().base().equals("xcomp") || nounInClause)) {
                return Optional.empty();
            }
            token = governor;
        }
        return Optional.empty();
    }

    /** The speech verb that reports a clause, and its subject. */
    record Reporter(int verb, List<EventArgument> who) {}

    /** Whether the trigger is what its subject wants, plans, vows or threatens to do ("wants to attack"). */
    boolean intended(ParsedSentence p, int head) {
        Optional<Dependency> up = p.head(head);
        // "wants to attack" is an intention; "wants Putin to attack" an appeal to someone else
        return up.isPresent() && up.get().governor() >= 0 && up.get().base().equals("xcomp")
                && WILL_VERBS.contains(p.sentence().tokens().get(up.get().governor()).lemma().toLowerCase(Locale.ROOT))
                && p.dependents(up.get().governor(), "obj").isEmpty();
    }

    /** Whether the trigger is what its subject agreed to do ("agreed to hold talks"), an intent in CAMEO's terms. */
    boolean agreed(ParsedSentence p, int head) {
        Optional<Dependency> up = p.head(head);
        return up.isPresent() && up.get().governor() >= 0 && up.get().base().equals("xcomp")
                && AGREEING_VERBS.contains(p.sentence().tokens().get(up.get().governor()).lemma().toLowerCase(Locale.ROOT));
    }

    private static final Set<String> AGREEING_VERBS = Set.of("agree", "consent", "accept", "undertake");

    private static final Set<String> APPEAL_VERBS = Set.of("want", "ask", "urge", "call", "press", "appeal", "request",
            "demand", "encourage", "tell", "implore", "beg", "invite", "pressure", "pressurize", "pressurise");

    /**
     * Who asks whom to do it: "Obama wants Putin to attack", "Congress is asking Obama to help Iran", "the council
     * urged Kestria to reopen the strait" — the appealing verb's token, its subject and its addressee.
     */
    Optional<Appeal> appeal(ParsedSentence p, int head) {
        Optional<Dependency> up = p.head(head);
        if (up.isEmpty() || up.get().governor() < 0 || !up.get().base().equals("xcomp")) {
            return Optional.empty();
        }
        int verb = up.get().governor();
        if (!APPEAL_VERBS.contains(p.sentence().tokens().get(verb).lemma().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        List<Integer> addressees = new ArrayList<>(p.dependents(verb, "obj"));
        addressees.addAll(p.dependents(verb, "obl:on"));   // "called on Kestria to …"
        List<EventArgument> to = arguments(p, addressees);
        List<EventArgument> who = arguments(p, subjects(p, verb));
        return to.isEmpty() || who.isEmpty() ? Optional.empty() : Optional.of(new Appeal(verb, who, to));
    }

    /** An appeal: the appealing verb's token, who appeals and to whom. */
    record Appeal(int verb, List<EventArgument> who, List<EventArgument> to) {}

    /** The verb that carries a noun trigger ("would not provide support"), or the trigger itself. */
    int carrier(ParsedSentence p, int head) {
        Optional<Dependency> up = p.head(head);
        if (!p.sentence().tokens().get(head).tag().startsWith("V") && up.isPresent() && up.get().governor() >= 0
                && up.get().base().equals("obj")
                && LIGHT_VERBS.contains(p.sentence().tokens().get(up.get().governor()).lemma().toLowerCase(Locale.ROOT))) {
            return up.get().governor();
        }
        return head;
    }

    /** Whether a modal or future auxiliary governs the trigger ("would not provide", "will not attend"). */
    boolean modal(ParsedSentence p, int head) {
        for (Dependency d : p.dependents(head)) {
            if (d.base().equals("aux") && MODALS.contains(p.sentence().tokens().get(d.dependent()).lemma()
                    .toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the trigger is an act its doer announces it will do: a future auxiliary in a clause reported by a
     * speech verb ("Israel announced it would free 150 prisoners", "Interpol said it will send a team").
     */
    boolean announced(ParsedSentence p, int head) {
        boolean future = false;
        for (Dependency d : p.dependents(head)) {
            if (d.base().equals("aux") && FUTURE.contains(p.sentence().tokens().get(d.dependent()).lemma()
                    .toLowerCase(Locale.ROOT))) {
                future = true;
            }
        }
        Optional<Dependency> up = p.head(head);
        if (!future || up.isEmpty() || up.get().governor() < 0 || !(up.get().base().equals("ccomp")
                || up.get().base().equals("parataxis") || up.get().base().equals("dep"))
                || !CLAIM_VERBS.contains(p.sentence().tokens().get(up.get().governor()).lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        // the doer speaks of itself ("Israel announced it would free"); "officials said the minister will arrive"
        // reports a plan, not the speaker's own commitment
        for (int subject : subjects(p, head)) {
            if (SELF_PRONOUNS.contains(p.sentence().tokens().get(subject).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SELF_PRONOUNS = Set.of("it", "they", "he", "she", "we", "i");

    private static final Set<String> FUTURE = Set.of("will", "would", "'ll", "shall", "wo");

    /** Whether the trigger is only threatened, intended, possible or conditional. */
    boolean hypothetical(ParsedSentence p, int head) {
        if (modal(p, head)) {
            return true;
        }
        for (int d : p.dependents(head, "mark")) {
            String mark = p.sentence().tokens().get(d).lemma().toLowerCase(Locale.ROOT);
            if (mark.equals("if") || mark.equals("unless")) {
                return true;   // "if Kestria attacks"
            }
        }
        Optional<Dependency> up = p.head(head);
        if (up.isPresent() && up.get().governor() >= 0) {
            String governor = p.sentence().tokens().get(up.get().governor()).lemma().toLowerCase(Locale.ROOT);
            return (up.get().base().equals("xcomp") || up.get().base().equals("ccomp")
                    || up.get().base().equals("obj")) && INTENT_VERBS.contains(governor);
        }
        return false;
    }

    /** The place a trigger's sentence gives for it: its {@code in}/{@code near} phrase naming a place. */
    Optional<String> location(ParsedSentence p, int head) {
        for (Dependency d : p.dependents(head)) {
            String r = d.relation();
            if (r.equals("obl:in") || r.equals("nmod:in") || r.equals("obl:near") || r.equals("nmod:near")
                    || r.equals("obl:outside") || r.equals("obl:at")) {
                TextSpan span = phrase(p, d.dependent(), true);
                String words = text.substring(span.start(), span.end());
                if (isPlace(span) || isProper(p, d.dependent())) {
                    return Optional.of(words);
                }
            }
        }
        return Optional.empty();
    }

    private boolean hasNegator(ParsedSentence p, int token) {
        for (Dependency d : p.dependents(token)) {
            String lemma = p.sentence().tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
            if ((d.base().equals("advmod") || d.base().equals("det") || d.base().equals("neg"))
                    && NEGATORS.contains(lemma)) {
                return true;
            }
        }
        return false;
    }

    private static List<Integer> subjects(ParsedSentence p, int verb) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : p.dependents(verb)) {
            if (d.base().equals("nsubj") && !d.relation().equals("nsubj:pass")) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    private static List<Integer> caseMarked(ParsedSentence p, int head, String base) {
        for (String marker : TARGET_CASES) {
            List<Integer> found = p.dependents(head, base + ":" + marker);   // exact: obl:against, not obl
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private List<EventArgument> arguments(ParsedSentence p, List<Integer> heads) {
        Map<String, EventArgument> out = new LinkedHashMap<>();
        for (int h : heads) {
            argument(p, h).ifPresent(a -> out.putIfAbsent(a.actor().orElse(a.name()), a));
        }
        return List.copyOf(out.values());
    }

    private Optional<EventArgument> argument(ParsedSentence p, int head) {
        return argument(p, head, 0);
    }

    /** {@code depth} counts the hops through places and owners, which a cyclic enhanced graph could repeat. */
    private Optional<EventArgument> argument(ParsedSentence p, int head, int depth) {
        if (depth > 3) {
            return Optional.empty();
        }
        Token token = p.sentence().tokens().get(head);
        String word = token.word().toLowerCase(Locale.ROOT);
        if (PRONOUNS_OF_SPEAKER.contains(word) && token.tag().startsWith("PRP")) {   // "we", not "US"
            return speakerOfQuoteAround(token.span());
        }
        if (token.tag().startsWith("PRP") || token.tag().equals("WDT") || token.tag().equals("WP")) {
            // "Israel announced it would free …": a pronoun subject of a reported clause is the reporter
            Optional<Integer> antecedent = reportingSubject(p, head);
            return antecedent.isPresent() && antecedent.get() != head ? argument(p, antecedent.get(), depth + 1)
                    : Optional.empty();
        }
        if (isTemporal(token) || token.span().end() <= datelineEnd(p)) {
            return Optional.empty();   // "on Wednesday", "this week", "TARNOV, March 3 -": when and where, not who
        }
        TextSpan span = phrase(p, head, false);
        String name = text.substring(span.start(), span.end());
        Optional<Actor> actor = actorAt(span, token.span());
        if (actor.isPresent()) {
            return Optional.of(new EventArgument(name, span, Optional.of(actor.get().id()), actor.get().country(),
                    actor.get().sector()));
        }
        ActorKnowledge.Profile profile = knowledge.profile(name);
        if (profile.country().isEmpty()) {
            // "its forces", "their ambassador": the owner is the clause's reporting subject ("Kestria denied that
            // its forces attacked …")
            for (Dependency d : p.dependents(head)) {
                if (d.relation().equals("nmod:poss") && p.sentence().tokens().get(d.dependent()).tag().equals("PRP$")) {
                    Optional<EventArgument> owner = reportingSubject(p, d.dependent())
                            .or(() -> firstSubject(p, head)).flatMap(o -> o == head ? Optional.empty()
                                    : argument(p, o, depth + 1));
                    if (owner.isPresent() && owner.get().country().isPresent()) {
                        return Optional.of(new EventArgument(name, span, Optional.empty(), owner.get().country(),
                                profile.sector().or(() -> owner.get().sector())));
                    }
                }
            }
        }
        if (profile.country().isEmpty()) {
            // "a court in Guyana", "the parliament of Kestria": the country of the place it belongs to
            for (Dependency d : p.dependents(head)) {
                if (d.relation().equals("nmod:in") || d.relation().equals("nmod:of")) {
                    Optional<EventArgument> place = argument(p, d.dependent(), depth + 1);
                    if (place.isPresent() && place.get().country().isPresent()) {
                        return Optional.of(new EventArgument(name, span, Optional.empty(), place.get().country(),
                                profile.sector()));
                    }
                }
            }
        }
        if (profile.country().isEmpty() && profile.sector().isEmpty() && !isProper(p, head)) {
            return Optional.empty();   // "the convoy", "steps": not an actor
        }
        return Optional.of(new EventArgument(name, span, Optional.empty(), profile.country(), profile.sector()));
    }

    private static final Set<String> TEMPORAL = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tomorrow", "week", "month", "year", "day", "night", "morning",
            "evening", "afternoon", "weekend", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "hours", "days", "weeks", "months", "years");

    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'\\-]+,[^\\n]{0,80}?\\s[-—–]{1,2}\\s");

    /** Where a dateline opening the sentence ends ("TARNOV, March 3 (Norvik Wire) - "), or its start. */
    private int datelineEnd(ParsedSentence p) {
        TextSpan span = p.sentence().span();
        java.util.regex.Matcher m = DATELINE.matcher(text).region(span.start(), span.end());
        return m.lookingAt() ? m.end() : span.start();
    }

    private boolean isTemporal(Token token) {
        if (TEMPORAL.contains(token.word().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return annotations.dates().stream().anyMatch(d -> d.span().start() <= token.span().start()
                && token.span().end() <= d.span().end());
    }

    /** The subject of the sentence's root verb, if it is not {@code except}. */
    private static Optional<Integer> firstSubject(ParsedSentence p, int except) {
        for (Dependency d : p.dependencies()) {
            if (d.governor() == -1) {
                return subjects(p, d.dependent()).stream().filter(s -> s != except
                        && !p.sentence().tokens().get(s).tag().startsWith("PRP")).findFirst();
            }
        }
        return Optional.empty();
    }

    /** The subject of the verb whose clause holds the pronoun at {@code token}, climbing ccomp/xcomp links. */
    private static Optional<Integer> reportingSubject(ParsedSentence p, int token) {
        Optional<Dependency> up = p.head(token);
        int verb = up.map(Dependency::governor).orElse(-1);
        for (int hops = 0; hops < 3 && verb >= 0; hops++) {
            Optional<Dependency> clause = p.head(verb);
            if (clause.isEmpty() || clause.get().governor() < 0 || !(clause.get().base().equals("ccomp")
                    || clause.get().base().equals("xcomp") || clause.get().base().equals("advcl"))) {
                return Optional.empty();
            }
            verb = clause.get().governor();
            for (int s : subjects(p, verb)) {
                if (!p.sentence().tokens().get(s).tag().startsWith("PRP")) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /** The actor an entity mention overlapping the head names (the mention's span in place of the phrase's). */
    private Optional<Actor> actorAt(TextSpan phrase, TextSpan head) {
        List<EntityMention> entities = annotations.entities();
        for (int i = 0; i < entities.size(); i++) {
            TextSpan e = entities.get(i).span();
            if (e.start() < head.end() && head.start() < e.end()) {
                Optional<String> id = annotations.entityActors().get(i);
                if (id.isPresent()) {
                    for (Actor a : annotations.actors()) {
                        if (a.id().equals(id.get())) {
                            return Optional.of(a);
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<EventArgument> speakerOfQuoteAround(TextSpan span) {
        List<QuoteMention> quotes = annotations.quotes();
        for (int i = 0; i < quotes.size(); i++) {
            QuoteMention q = quotes.get(i);
            if (q.span().start() <= span.start() && span.end() <= q.span().end() && q.speaker().isPresent()) {
                Optional<String> id = annotations.speakerActors().get(i);
                Optional<Actor> actor = id.flatMap(x -> annotations.actors().stream().filter(a -> a.id().equals(x))
                        .findFirst());
                String name = q.speaker().get().name();
                TextSpan at = q.speaker().get().span().orElse(span);
                return Optional.of(new EventArgument(name, at, id, actor.flatMap(Actor::country),
                        actor.flatMap(Actor::sector)));
            }
        }
        return Optional.empty();
    }

    /**
     * The words of the argument headed by {@code head}: the head with its compounds, flat names, adjectives and
     * possessors ("Secretary of State John Kerry" stays whole through its flat and compound links; "the six Western
     * powers" keeps its number and adjective); with {@code withModifiers}, its nominal modifiers too.
     */
    private TextSpan phrase(ParsedSentence p, int head, boolean withModifiers) {
        List<Token> tokens = p.sentence().tokens();
        int first = head;
        int last = head;
        List<Integer> stack = new ArrayList<>(List.of(head));
        while (!stack.isEmpty()) {
            int t = stack.remove(stack.size() - 1);
            for (Dependency d : p.dependents(t)) {
                String b = d.base();
                boolean keep = b.equals("compound") || b.equals("flat") || b.equals("amod") || b.equals("nummod")
                        || d.relation().equals("nmod:poss") || (withModifiers && b.equals("nmod"))
                        || (d.relation().equals("nmod:of") && isProper(p, d.dependent()));
                if (keep && Math.abs(d.dependent() - t) < 8) {
                    first = Math.min(first, d.dependent());
                    last = Math.max(last, d.dependent());
                    stack.add(d.dependent());
                }
            }
        }
        while (first < head && isLeadingJunk(tokens.get(first))) {
            first++;
        }
        while (last > head && tokens.get(last).tag().equals("POS")) {
            last--;
        }
        return new TextSpan(tokens.get(first).span().start(), tokens.get(last).span().end());
    }

    private static boolean isLeadingJunk(Token t) {
        return t.tag().equals("DT") || t.tag().equals("IN") || t.tag().equals("POS") || t.tag().equals("CC")
                || t.tag().equals(",");
    }

    private boolean isNationality(ParsedSentence p, int token) {
        Token t = p.sentence().tokens().get(token);
        return knowledge.demonym(t.word()).isPresent() || knowledge.country(t.word()).isPresent();
    }

    private static boolean isProper(ParsedSentence p, int token) {
        return p.sentence().tokens().get(token).tag().startsWith("NNP");
    }

    private boolean isPlace(TextSpan span) {
        for (EntityMention e : annotations.entities()) {
            if (e.span().start() < span.end() && span.start() < e.span().end()) {
                switch (e.type()) {
                    case LOCATION, COUNTRY -> {
                        return true;
                    }
                    default -> { }
                }
            }
        }
        return false;
    }
}
