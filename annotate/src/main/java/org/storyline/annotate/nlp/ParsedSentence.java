package org.storyline.annotate.nlp;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A sentence with its dependency parse. */
public record ParsedSentence(Sentence sentence, List<Dependency> dependencies) {
    public ParsedSentence {
        requireNonNull(sentence, "sentence is null");
        dependencies = List.copyOf(requireNonNull(dependencies, "dependencies is null"));
    }

    /** The dependencies whose governor is {@code token}, in order. */
    public List<Dependency> dependents(int token) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == token) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * The token's head in the basic tree: its {@code conj} edge if it has one (an enhanced graph also copies the
     * first conjunct's relation onto later conjuncts: "denied that X had withdrawn …, and accused …" gives accused
     * both conj(withdrawn) and ccomp(denied)), else the first dependency whose dependent it is.
     */
    public Optional<Dependency> head(int token) {
        Dependency first = null;
        for (Dependency d : dependencies) {
            if (d.dependent() == token) {
                if (d.base().equals("conj")) {
                    return Optional.of(d);
                }
                if (first == null) {
                    first = d;
                }
            }
        }
        return Optional.ofNullable(first);
    }

    /** The dependents of {@code token} with relation {@code relation} or one of its subtypes ({@code obl:*}). */
    public List<Integer> dependents(int token, String relation) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == token && (d.relation().equals(relation) || d.base().equals(relation))) {
                out.add(d.dependent());
            }
        }
        return out;
    }
}
