package org.storyline.annotate.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.TextSpan;

class ParsedSentenceTest {
    private static Sentence sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            tokens.add(new Token(new TextSpan(at, at + w.length()), w, w.toLowerCase(), "NN"));
            at += w.length() + 1;
        }
        return new Sentence(0, new TextSpan(0, text.length()), tokens);
    }

    @Test
    void aLaterConjunctsHeadIsItsFirstConjunctNotTheRelationTheEnhancedGraphCopiedOntoIt() {
        // Kostrova denied Kestria withdrew and accused Valdria — enhanced++ gives accused both ccomp(denied) and
        // conj(withdrew); the ccomp edge comes first in governor order
        ParsedSentence p = new ParsedSentence(sentence("Kostrova denied Kestria withdrew and accused Valdria"), List.of(
                new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(1, 3, "ccomp"),
                new Dependency(1, 5, "ccomp"), new Dependency(3, 2, "nsubj"), new Dependency(3, 5, "conj:and"),
                new Dependency(5, 4, "cc"), new Dependency(5, 6, "obj")));
        assertThat(p.head(5)).hasValueSatisfying(d -> {
            assertThat(d.governor()).isEqualTo(3);
            assertThat(d.relation()).isEqualTo("conj:and");
        });
        assertThat(p.head(3)).hasValueSatisfying(d -> assertThat(d.relation()).isEqualTo("ccomp"));
        assertThat(p.head(1)).hasValueSatisfying(d -> assertThat(d.governor()).isEqualTo(-1));
        assertThat(p.dependents(1, "ccomp")).containsExactly(3, 5);
    }
}
