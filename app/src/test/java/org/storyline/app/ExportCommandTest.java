package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code storyline export events} on a hand-written extract output: one article with two events (fictional), a
 * rejected article, a clean-only article without events, a blank line and a line that is not JSON.
 */
class ExportCommandTest {
    private static final String URL = "https://courier.example/verhoek";
    private static final String SECOND_SENTENCE =
            "Ostland said it \"may refuse, if pressed\" judicial cooperation with Nordavia.";

    @TempDir
    Path dir;

    private static String input() throws URISyntaxException {
        return Path.of(ExportCommandTest.class.getResource("export/extract-two-events.jsonl").toURI()).toString();
    }

    private static List<String> lines(String out) {
        return out.isEmpty() ? List.of() : List.of(out.split("\n", -1)).subList(0, out.split("\n", -1).length - 1);
    }

    @Test
    void jsonlIsTheEventObjectAfterTheArticleFields() throws Exception {
        Cli run = Cli.run("export", "events", "--format", "jsonl", input());

        assertThat(run.exitCode()).isZero();
        List<String> rows = lines(run.out());
        assertThat(rows).hasSize(2);
        var json = new ObjectMapper();
        JsonNode first = json.readTree(rows.get(0));
        List<String> fields = new ArrayList<>();
        for (Iterator<String> it = first.fieldNames(); it.hasNext(); ) {
            fields.add(it.next());
        }
        assertThat(fields).containsExactly("article_id", "url", "outlet", "published", "type", "cameo", "source",
                "target", "date", "location", "trigger", "sentence", "negated", "hypothetical");
        assertThat(first.get("article_id").asText()).isEqualTo("art-1");
        assertThat(first.get("url").asText()).isEqualTo(URL);
        assertThat(first.get("outlet").asText()).isEqualTo("The Elsin Courier");
        assertThat(first.get("published").asText()).isEqualTo("2031-05-07");
        assertThat(first.get("type").asText()).isEqualTo("ACCUSE");
        assertThat(first.get("source")).hasSize(2);
        assertThat(first.get("source").get(1).get("sector").asText()).isEqualTo("REB");
        JsonNode second = json.readTree(rows.get(1));
        assertThat(second.get("type").asText()).isEqualTo("REJECT");
        assertThat(second.get("date").isNull()).isTrue();
        assertThat(second.get("hypothetical").asBoolean()).isTrue();
        assertThat(run.err()).contains("export: 3 articles read, 1 rejected skipped, 1 malformed lines skipped, "
                + "2 events written").contains(":5: not a JSON object");
    }

    @Test
    void csvHasAHeaderAndOneQuotedRowPerEvent() throws Exception {
        Path out = dir.resolve("sub/events.csv");
        Cli run = Cli.run("export", "events", "--format", "csv", "--out", out.toString(), input());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readAllLines(out)).containsExactly(
                "article_id,date,type,cameo,cameo_root,quad_class,goldstein,source_names,source_countries,"
                        + "source_sectors,target_names,target_countries,target_sectors,trigger,sentence,negated,"
                        + "hypothetical,location,url",
                "art-1,2031-05-05,ACCUSE,112,11,3,-2.0,Alma Verhoek;the rebels,FIN;,GOV;REB,Estonia,EST,,accused,"
                        + "Minister Alma Verhoek and the rebels accused Estonia of shelling Port Elsin on Monday.,"
                        + "false,false,Port Elsin," + URL,
                // no event date: the article's; 1213 is not in the Goldstein table: its parent 121's score
                "art-1,2031-05-07,REJECT,1213,12,3,-4.0,Ostland,OST,,Nordavia,NRD,,refuse,\""
                        + SECOND_SENTENCE.replace("\"", "\"\"") + "\",false,true,," + URL);
    }

    @Test
    void gdeltRowsHaveTheSixtyOneColumnsInGdeltOrder() throws Exception {
        Cli run = Cli.run("export", "events", "--format", "GDELT", input());

        assertThat(run.exitCode()).isZero();
        List<String> rows = lines(run.out());
        assertThat(rows).hasSize(2);
        assertThat(ExportCommand.GDELT_COLUMNS).hasSize(61).startsWith("GLOBALEVENTID", "SQLDATE")
                .endsWith("DATEADDED", "SOURCEURL");

        Map<String, String> first = gdelt(rows.get(0));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("GLOBALEVENTID", Long.toString(ExportCommand.Events.eventId("art-1", 0)));
        expected.put("SQLDATE", "20310505");
        expected.put("MonthYear", "203105");
        expected.put("Year", "2031");
        expected.put("FractionDate", "2031.3425"); // 5 May: day 125 of 365
        expected.put("Actor1Code", "FINGOV");
        expected.put("Actor1Name", "Alma Verhoek");
        expected.put("Actor1CountryCode", "FIN");
        expected.put("Actor1Type1Code", "GOV");
        expected.put("Actor2Code", "EST");
        expected.put("Actor2Name", "Estonia");
        expected.put("Actor2CountryCode", "EST");
        expected.put("IsRootEvent", "1");
        expected.put("EventCode", "112");
        expected.put("EventBaseCode", "112");
        expected.put("EventRootCode", "11");
        expected.put("QuadClass", "3");
        expected.put("GoldsteinScale", "-2.0");
        expected.put("NumMentions", "1");
        expected.put("NumSources", "1");
        expected.put("NumArticles", "1");
        expected.put("DATEADDED", "20310507000000");
        expected.put("SOURCEURL", URL);
        assertColumns(first, expected);

        Map<String, String> second = gdelt(rows.get(1));
        expected.put("GLOBALEVENTID", Long.toString(ExportCommand.Events.eventId("art-1", 1)));
        expected.put("SQLDATE", "20310507");
        expected.put("FractionDate", "2031.3479");
        expected.put("Actor1Code", "OST");
        expected.put("Actor1Name", "Ostland");
        expected.put("Actor1CountryCode", "OST");
        expected.remove("Actor1Type1Code");
        expected.put("Actor2Code", "NRD");
        expected.put("Actor2Name", "Nordavia");
        expected.put("Actor2CountryCode", "NRD");
        expected.put("IsRootEvent", "0");
        expected.put("EventCode", "1213");
        expected.put("EventBaseCode", "121");
        expected.put("EventRootCode", "12");
        expected.put("GoldsteinScale", "-4.0");
        assertColumns(second, expected);
        assertThat(first.get("GLOBALEVENTID")).isNotEqualTo(second.get("GLOBALEVENTID"));
        assertThat(Long.parseLong(second.get("GLOBALEVENTID"))).isPositive();
    }

    private static Map<String, String> gdelt(String row) {
        List<String> values = Arrays.asList(row.split("\t", -1));
        assertThat(values).hasSize(61);
        var byName = new LinkedHashMap<String, String>();
        for (int i = 0; i < values.size(); i++) {
            byName.put(ExportCommand.GDELT_COLUMNS.get(i), values.get(i));
        }
        return byName;
    }

    /** The expected columns have those values; every other column is empty. */
    private static void assertColumns(Map<String, String> row, Map<String, String> expected) {
        for (var column : row.entrySet()) {
            assertThat(column.getValue()).as(column.getKey())
                    .isEqualTo(expected.getOrDefault(column.getKey(), ""));
        }
    }

    @Test
    void aSymmetricEventsActor2IsTheOtherParty() throws Exception {
        // "Valdria and Kestria met": both parties are source and target; GDELT's Actor2 is not Actor1 again
        String text = "Valdria and Kestria met in Lisvane.";
        String party = "{\"name\": \"%s\", \"actor\": \"country:%s\", \"country\": \"%s\", \"sector\": null}";
        String both = "[" + String.format(party, "Valdria", "valdria", "VLD") + ", "
                + String.format(party, "Kestria", "kestria", "KES") + "]";
        String line = "{\"id\": \"met-1\", \"status\": \"ok\", \"published\": \"2031-05-05\", \"text\": \"" + text
                + "\", \"events\": [{\"type\": \"CONSULT\", \"cameo\": \"040\", \"source\": " + both
                + ", \"target\": " + both + ", \"date\": \"2031-05-05\", \"location\": \"Lisvane\", "
                + "\"trigger\": {\"text\": \"met\", \"start\": 20, \"end\": 23}, \"sentence\": {\"start\": 0, "
                + "\"end\": 35}, \"negated\": false, \"hypothetical\": false}]}";
        Path in = dir.resolve("met.jsonl");
        Files.writeString(in, line + "\n");
        Cli run = Cli.run("export", "events", "--format", "gdelt", in.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, String> row = gdelt(lines(run.out()).get(0));
        assertThat(row.get("Actor1CountryCode")).isEqualTo("VLD");
        assertThat(row.get("Actor2CountryCode")).isEqualTo("KES");
    }

    @Test
    void helpListsEveryGdeltColumnInOrder() {
        Cli run = Cli.run("export", "events", "--help");
        assertThat(run.exitCode()).isZero();
        String help = run.out().replaceAll("\\s+", " ");
        int at = 0;
        for (int i = 0; i < ExportCommand.GDELT_COLUMNS.size(); i++) {
            String entry = " " + (i + 1) + ":" + ExportCommand.GDELT_COLUMNS.get(i) + " ";
            int found = help.indexOf(entry, at);
            assertThat(found).as(entry).isGreaterThanOrEqualTo(at);
            at = found;
        }
        assertThat(help).contains("--format").contains("gdelt, csv or jsonl");
    }

    @Test
    void badOptionsAreUserErrors() {
        Cli missing = Cli.run("export", "events", "--format", "csv", dir.resolve("none.jsonl").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file").doesNotContain("\tat ");
        Cli format = Cli.run("export", "events", "--format", "xml", dir.toString());
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("--format");
    }
}
