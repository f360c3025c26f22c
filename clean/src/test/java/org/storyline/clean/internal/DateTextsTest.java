package org.storyline.clean.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTextsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "September 28, 2016|2016-09-28",
        "Sept. 28, 2016|2016-09-28",
        "Dec. 5, 2016|2016-12-05",
        "28 September 2016|2016-09-28",
        "28. September 2016|2016-09-28",
        "21 septiembre 2016|2016-09-21",
        "21 de septiembre de 2016|2016-09-21",
        "1er mars 2016|2016-03-01",
        "2016-09-28|2016-09-28",
        "28.09.2016|2016-09-28",
        "Posted on March 3rd, 2021 by the desk|2021-03-03",
    })
    void findsDatesInText(String text, String expected) {
        assertThat(DateTexts.find(text)).map(DateTexts.Found::date).contains(LocalDate.parse(expected));
    }

    @Test
    void readsTimestampsInTheirOwnOffset() {
        assertThat(DateTexts.parseValue("2016-09-28T23:30:00-04:00")).contains(LocalDate.of(2016, 9, 28));
        assertThat(DateTexts.parseValue("2016-09-29T01:30:00+09:00")).contains(LocalDate.of(2016, 9, 29));
        assertThat(DateTexts.parseValue("20160928")).contains(LocalDate.of(2016, 9, 28));
        assertThat(DateTexts.parseValue("Wed, 28 Sep 2016 10:00:00 GMT")).contains(LocalDate.of(2016, 9, 28));
    }

    @Test
    void rejectsImplausibleYearsAndNonDates() {
        assertThat(DateTexts.parseValue("1887-01-01")).isEmpty();
        assertThat(DateTexts.parseValue("2999-01-01")).isEmpty();
        assertThat(DateTexts.find("Founded 2009, serving readers")).isEmpty();
        assertThat(DateTexts.parseValue("")).isEmpty();
        assertThat(DateTexts.find("February 30, 2016")).isEmpty();
    }

    @Test
    void recognisesLinesThatAreOnlyADate() {
        assertThat(DateTexts.wholeLineDate("Tuesday 23 July 2024")).contains(LocalDate.of(2024, 7, 23));
        assertThat(DateTexts.wholeLineDate("December 8, 2016 at 2:39 am")).contains(LocalDate.of(2016, 12, 8));
        assertThat(DateTexts.wholeLineDate("Updated: 4 May 2019 10:15 BST")).contains(LocalDate.of(2019, 5, 4));
        assertThat(DateTexts.wholeLineDate("On May 4, 2019 the council met to vote")).isEmpty();
    }

    @Test
    void readsDatesInUrls() {
        assertThat(DateTexts.fromUrl("https://news.example/2016/09/28/some-story/"))
                .contains(LocalDate.of(2016, 9, 28));
        assertThat(DateTexts.fromUrl("https://news.example/story-2016-09-28.html")).contains(LocalDate.of(2016, 9, 28));
        assertThat(DateTexts.fromUrl("https://news.example/a/20160928/story")).contains(LocalDate.of(2016, 9, 28));
        assertThat(DateTexts.fromUrl("https://news.example/article/123456789")).isEqualTo(Optional.empty());
    }
}
