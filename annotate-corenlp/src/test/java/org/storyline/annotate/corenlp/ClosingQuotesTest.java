package org.storyline.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.nlp.Sentence;
import org.storyline.annotate.nlp.Token;
import org.storyline.model.TextSpan;

/** Sentence spans after the tokenizer has put a paragraph's closing quotation mark at the next sentence's start. */
class ClosingQuotesTest {
    private static Sentence sentence(String text, int index, int start, int end) {
        return new Sentence(index, new TextSpan(start, end),
                List.of(new Token(new TextSpan(start, start + 1), text.substring(start, start + 1), "x", "NN")));
    }

    @Test
    void aQuotationMarkBeforeAParagraphBreakClosesTheSentenceBefore() {
        String text = "He said \"nobody remembers that.\"\n\nKestria closed the strait.";
        int quote = text.indexOf("\"\n");
        List<Sentence> fixed = CoreNlpEntityRecognizer.closingQuotesBack(text, List.of(
                sentence(text, 0, 0, quote), sentence(text, 1, quote, text.length())));
        assertThat(fixed.get(0).span().of(text)).isEqualTo("He said \"nobody remembers that.\"");
        assertThat(fixed.get(1).span().of(text)).isEqualTo("Kestria closed the strait.");
        assertThat(fixed.get(1).tokens()).isEqualTo(List.of(sentence(text, 1, quote, text.length()).tokens().get(0)));
    }

    @Test
    void anOpeningQuotationMarkOnTheSameLineStaysWithItsSentence() {
        String text = "He left. \"We will return,\" he said.";
        int quote = text.indexOf('"');
        List<Sentence> sentences = List.of(sentence(text, 0, 0, 8), sentence(text, 1, quote, text.length()));
        assertThat(CoreNlpEntityRecognizer.closingQuotesBack(text, sentences)).isEqualTo(sentences);
    }
}
