package org.storyline.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.TextSpan;

/** Words with their offsets and the punctuation between them. */
class TokenizerTest {
    private static List<String> words(String text) {
        return Tokenizer.tokenize(text, new TextSpan(0, text.length())).stream()
                .map(t -> t.span().of(text) + "=" + t.form() + (t.breakAfter() ? "|" : "")).toList();
    }

    @Test
    void hyphensApostrophesAndNumbersStayInOneWord() {
        assertThat(words("The cease-fire, Norvik’s 3,000 troops (1.5%).")).containsExactly("The=the",
                "cease-fire=cease-fire|", "Norvik’s=norvik's", "3,000=3,000", "troops=troops|", "1.5=1.5");
    }

    @Test
    void dashesAndTrailingApostrophesAreNotPartOfWords() {
        assertThat(words("talks -- and protesters' demands—now")).containsExactly("talks=talks|", "and=and",
                "protesters=protesters", "demands=demands|", "now=now");
    }

    @Test
    void abbreviationsDoNotBreak() {
        assertThat(words("the U.S. envoy")).containsExactly("the=the", "U=u", "S=s", "envoy=envoy");
    }

    @Test
    void onlyTheRegionIsRead() {
        String text = "One two. Three four.";
        assertThat(Tokenizer.tokenize(text, new TextSpan(9, 20))).extracting(t -> t.span().of(text))
                .containsExactly("Three", "four");
    }
}
