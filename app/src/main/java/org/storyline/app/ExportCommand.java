package org.storyline.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.storyline.model.ArticleIds;
import org.storyline.store.Store;
import org.storyline.store.StoreTable;
import org.storyline.store.TableExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storyline export ...}: turns {@code extract} output, or the tables of a store, into files other tools read. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Turn extract output (CONTRACT.md section 2 JSON Lines) or a store's tables into files other "
                + "tools read.",
        subcommands = {ExportCommand.Events.class, ExportCommand.Table.class})
final class ExportCommand extends CommandGroup {

    /** The output formats of {@code export events}. */
    enum Format { GDELT, CSV, JSONL }

    /** Reads {@code --format} in any case. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "expected gdelt, csv or jsonl, got '" + value + "'");
            }
        }
    }

    /** The columns of {@code --format csv}, in order. */
    static final List<String> CSV_COLUMNS = List.of("article_id", "date", "type", "cameo", "cameo_root", "quad_class",
            "goldstein", "source_names", "source_countries", "source_sectors", "target_names", "target_countries",
            "target_sectors", "trigger", "sentence", "negated", "hypothetical", "location", "url");

    /** The 61 columns of a GDELT 2.0 event record, in order; {@code --format gdelt} fills those it can. */
    static final List<String> GDELT_COLUMNS = gdeltColumns();

    private static List<String> gdeltColumns() {
        var columns = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
        for (String actor : List.of("Actor1", "Actor2")) {
            for (String field : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                    "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) {
                columns.add(actor + field);
            }
        }
        columns.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"));
        for (String geo : List.of("Actor1Geo", "Actor2Geo", "ActionGeo")) {
            for (String field : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                    "FeatureID")) {
                columns.add(geo + "_" + field);
            }
        }
        columns.addAll(List.of("DATEADDED", "SOURCEURL"));
        return List.copyOf(columns);
    }

    /**
     * {@code storyline export events --format gdelt|csv|jsonl [--out FILE] INPUT.jsonl...}: one row per event of
     * the accepted articles; rejected articles and lines that are not JSON objects are skipped (and counted on
     * stderr).
     */
    @Command(name = "events", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"One row per event of extract output; rejected articles are skipped. "
                    + "Progress-free: a summary goes to stderr, rows to stdout or --out.",
                    "jsonl: each event object as extract writes it, preceded by article_id, url, outlet, published.",
                    "csv: a header, then the columns article_id, date, type, cameo, cameo_root, quad_class, goldstein, "
                            + "source_names, source_countries, source_sectors, target_names, target_countries, "
                            + "target_sectors, trigger, sentence, negated, hypothetical, location, url. Several "
                            + "sources (targets) are joined with ';', position by position (an unknown country "
                            + "or sector is an empty item).",
                    "gdelt: tab-separated, no header, the 61 columns of a GDELT 2.0 event record in GDELT's order "
                            + "(below). Filled: GLOBALEVENTID (a stable 63-bit number from the article id and the "
                            + "event's position), SQLDATE, MonthYear, Year, FractionDate (from the event's date, "
                            + "else the article's), Actor1Code (country + sector, e.g. USAGOV), Actor1Name, "
                            + "Actor1CountryCode, Actor1Type1Code (sector), the same for Actor2 (the first source "
                            + "and the first target), IsRootEvent (1 when the sentence is in the first paragraph), "
                            + "EventCode, EventBaseCode, EventRootCode, QuadClass, GoldsteinScale, NumMentions, "
                            + "NumSources, NumArticles (1 each), DATEADDED (the article's publication day, "
                            + "YYYYMMDD000000) and SOURCEURL. Empty: the other actor codes, AvgTone and every "
                            + "geo field. Negated and hypothetical events are included (GDELT has no column for "
                            + "them; filter with csv or jsonl).",
                    "QuadClass and GoldsteinScale come from the CAMEO code: QuadClass by root (01-05 1, 06-08 2, "
                            + "09-14 3, 15-20 4), Goldstein from the CAMEO Goldstein table; empty without a code."},
            footer = {"", "GDELT 2.0 event columns, in order (tab-separated, no header):",
                    "  1:GLOBALEVENTID 2:SQLDATE 3:MonthYear 4:Year 5:FractionDate 6:Actor1Code",
                    "  7:Actor1Name 8:Actor1CountryCode 9:Actor1KnownGroupCode",
                    "  10:Actor1EthnicCode 11:Actor1Religion1Code 12:Actor1Religion2Code",
                    "  13:Actor1Type1Code 14:Actor1Type2Code 15:Actor1Type3Code 16:Actor2Code",
                    "  17:Actor2Name 18:Actor2CountryCode 19:Actor2KnownGroupCode",
                    "  20:Actor2EthnicCode 21:Actor2Religion1Code 22:Actor2Religion2Code",
                    "  23:Actor2Type1Code 24:Actor2Type2Code 25:Actor2Type3Code 26:IsRootEvent",
                    "  27:EventCode 28:EventBaseCode 29:EventRootCode 30:QuadClass",
                    "  31:GoldsteinScale 32:NumMentions 33:NumSources 34:NumArticles 35:AvgTone",
                    "  36:Actor1Geo_Type 37:Actor1Geo_FullName 38:Actor1Geo_CountryCode",
                    "  39:Actor1Geo_ADM1Code 40:Actor1Geo_ADM2Code 41:Actor1Geo_Lat",
                    "  42:Actor1Geo_Long 43:Actor1Geo_FeatureID 44:Actor2Geo_Type",
                    "  45:Actor2Geo_FullName 46:Actor2Geo_CountryCode 47:Actor2Geo_ADM1Code",
                    "  48:Actor2Geo_ADM2Code 49:Actor2Geo_Lat 50:Actor2Geo_Long",
                    "  51:Actor2Geo_FeatureID 52:ActionGeo_Type 53:ActionGeo_FullName",
                    "  54:ActionGeo_CountryCode 55:ActionGeo_ADM1Code 56:ActionGeo_ADM2Code",
                    "  57:ActionGeo_Lat 58:ActionGeo_Long 59:ActionGeo_FeatureID 60:DATEADDED",
                    "  61:SOURCEURL"})
    static final class Events implements Callable<Integer> {
        @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
                description = "gdelt, csv or jsonl.")
        Format format;

        @Option(names = "--out", paramLabel = "FILE", description = "Write the rows there instead of stdout.")
        Path out;

        @Parameters(arity = "1..*", paramLabel = "INPUT.jsonl", description = "Output files of storyline extract.")
        List<Path> inputs = new ArrayList<>();

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        private final ObjectMapper mapper = new ObjectMapper();
        private final CameoLookup cameo = CameoLookup.builtIn();

        @Override
        public Integer call() throws IOException {
            for (Path p : inputs) {
                if (!Files.isRegularFile(p)) {
                    throw new StorylineCommand.UserException("no such file: " + p);
                }
            }
            int articles = 0;
            int rejected = 0;
            int malformed = 0;
            int rows = 0;
            PrintWriter err = spec.commandLine().getErr();
            try (Writer sink = openOutput()) {
                if (format == Format.CSV) {
                    sink.write(String.join(",", CSV_COLUMNS) + "\n");
                }
                for (Path input : inputs) {
                    try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
                        String line;
                        int number = 0;
                        while ((line = reader.readLine()) != null) {
                            number++;
                            if (line.isBlank()) {
                                continue;
                            }
                            JsonNode article = parse(line);
                            if (article == null) {
                                malformed++;
                                err.println("storyline: skipped " + input + ":" + number
                                        + ": not a JSON object (is this extract output?)");
                                continue;
                            }
                            articles++;
                            if (!"ok".equals(article.path("status").asText())) {
                                rejected++;
                                continue;
                            }
                            JsonNode events = article.path("events");
                            for (int i = 0; i < events.size(); i++) {
                                sink.write(row(article, events.get(i), i));
                                sink.write("\n");
                                rows++;
                            }
                        }
                    }
                }
            }
            err.printf("export: %d articles read, %d rejected skipped, %d malformed lines skipped, %d events "
                    + "written%n", articles, rejected, malformed, rows);
            err.flush();
            return 0;
        }

        private JsonNode parse(String line) {
            try {
                JsonNode node = mapper.readTree(line);
                return node != null && node.isObject() ? node : null;
            } catch (JsonProcessingException e) {
                return null;
            }
        }

        private Writer openOutput() {
            if (out == null) {
                return new java.io.FilterWriter(spec.commandLine().getOut()) {
                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
            }
            try {
                Path parent = out.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new StorylineCommand.UserException("cannot write output file " + out + ": " + e.getMessage(), e);
            }
        }

        private String row(JsonNode article, JsonNode event, int index) throws IOException {
            return switch (format) {
                case JSONL -> jsonl(article, event);
                case CSV -> csv(article, event);
                case GDELT -> gdelt(article, event, index);
            };
        }

        private String jsonl(JsonNode article, JsonNode event) throws IOException {
            ObjectNode row = mapper.createObjectNode();
            row.set("article_id", article.path("id"));
            row.set("url", article.has("url") ? article.get("url") : row.nullNode());
            row.set("outlet", article.has("outlet") ? article.get("outlet") : row.nullNode());
            row.set("published", article.has("published") ? article.get("published") : row.nullNode());
            for (Iterator<Map.Entry<String, JsonNode>> it = event.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                row.set(field.getKey(), field.getValue());
            }
            return mapper.writeValueAsString(row);
        }

        private String csv(JsonNode article, JsonNode event) {
            String code = text(event, "cameo");
            List<String> values = List.of(text(article, "id"), day(article, event).map(LocalDate::toString).orElse(""),
                    text(event, "type"), code, code.length() >= 2 ? code.substring(0, 2) : "",
                    quadClass(code), goldstein(code),
                    joined(event.path("source"), "name"), joined(event.path("source"), "country"),
                    joined(event.path("source"), "sector"), joined(event.path("target"), "name"),
                    joined(event.path("target"), "country"), joined(event.path("target"), "sector"),
                    text(event.path("trigger"), "text"), sentence(article, event),
                    String.valueOf(event.path("negated").asBoolean()),
                    String.valueOf(event.path("hypothetical").asBoolean()), text(event, "location"),
                    text(article, "url"));
            var line = new StringBuilder();
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    line.append(',');
                }
                line.append(csvField(values.get(i)));
            }
            return line.toString();
        }

        private String gdelt(JsonNode article, JsonNode event, int index) {
            var row = new ArrayList<String>(GDELT_COLUMNS.size());
            Optional<LocalDate> day = day(article, event);
            row.add(Long.toString(eventId(text(article, "id"), index)));
            row.add(day.map(d -> String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()))
                    .orElse(""));
            row.add(day.map(d -> String.format("%04d%02d", d.getYear(), d.getMonthValue())).orElse(""));
            row.add(day.map(d -> Integer.toString(d.getYear())).orElse(""));
            row.add(day.map(d -> String.format(java.util.Locale.ROOT, "%.4f",
                    d.getYear() + (double) d.getDayOfYear() / d.lengthOfYear())).orElse(""));
            JsonNode source = event.path("source").path(0);
            actor(row, source);
            actor(row, counterpart(event.path("target"), source));
            String code = text(event, "cameo");
            row.add(isRootEvent(article, event) ? "1" : "0");
            row.add(code);
            row.add(code.length() > 3 ? code.substring(0, 3) : code);
            row.add(code.length() >= 2 ? code.substring(0, 2) : "");
            row.add(quadClass(code));
            row.add(goldstein(code));
            row.add("1");
            row.add("1");
            row.add("1");
            row.add("");
            for (int i = 0; i < 3 * 8; i++) {
                row.add("");
            }
            row.add(published(article).map(d -> String.format("%04d%02d%02d000000", d.getYear(), d.getMonthValue(),
                    d.getDayOfMonth())).orElse(""));
            row.add(text(article, "url"));
            if (row.size() != GDELT_COLUMNS.size()) {
                throw new IllegalStateException("GDELT row has " + row.size() + " columns, not "
                        + GDELT_COLUMNS.size());
            }
            var line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    line.append('\t');
                }
                line.append(row.get(i).replaceAll("[\\t\\r\\n]+", " "));
            }
            return line.toString();
        }

        /** Actor code, name, country code, known group, ethnic, religion 1 and 2, type 1 to 3: ten columns. */
        private static void actor(List<String> row, JsonNode argument) {
            String country = text(argument, "country");
            String sector = text(argument, "sector");
            row.add(country + sector);
            row.add(text(argument, "name"));
            row.add(country);
            row.add("");
            row.add("");
            row.add("");
            row.add("");
            row.add(sector);
            row.add("");
            row.add("");
        }

        private String quadClass(String code) {
            OptionalInt q = cameo.quadClass(code);
            return q.isPresent() ? Integer.toString(q.getAsInt()) : "";
        }

        private String goldstein(String code) {
            OptionalDouble g = cameo.goldstein(code);
            return g.isPresent() ? Double.toString(g.getAsDouble()) : "";
        }

        /** The event's date, else the article's publication date. */
        private static Optional<LocalDate> day(JsonNode article, JsonNode event) {
            return date(text(event, "date")).or(() -> published(article));
        }

        private static Optional<LocalDate> published(JsonNode article) {
            return date(text(article, "published"));
        }

        private static Optional<LocalDate> date(String value) {
            try {
                return value.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }

        /** The sentence the event rests on, or empty when its offsets do not fit the article's text. */
        private static String sentence(JsonNode article, JsonNode event) {
            String text = text(article, "text");
            int start = event.path("sentence").path("start").asInt(-1);
            int end = event.path("sentence").path("end").asInt(-1);
            return start >= 0 && start <= end && end <= text.length() ? text.substring(start, end) : "";
        }

        /**
         * Actor2: the first target that is not Actor1 itself. A symmetric event ("Valdria and Kestria met") lists
         * every party as both source and target, so the first target would otherwise repeat the first source.
         */
        private static JsonNode counterpart(JsonNode targets, JsonNode source) {
            for (JsonNode t : targets) {
                if (!(t.path("name").asText().equals(source.path("name").asText())
                        && t.path("actor").asText().equals(source.path("actor").asText()))) {
                    return t;
                }
            }
            return targets.path(0);
        }

        /** Whether the event's sentence lies in the article's first paragraph (GDELT's lead paragraph). */
        private static boolean isRootEvent(JsonNode article, JsonNode event) {
            String text = text(article, "text");
            int firstBreak = text.indexOf("\n\n");
            int start = event.path("sentence").path("start").asInt(-1);
            return start >= 0 && (firstBreak < 0 || start < firstBreak);
        }

        /** A stable positive 63-bit number for the index-th event of an article. */
        static long eventId(String articleId, int index) {
            byte[] hash = java.util.HexFormat.of().parseHex(
                    ArticleIds.sha256Hex((articleId + "#" + index).getBytes(StandardCharsets.UTF_8)));
            return ByteBuffer.wrap(hash).getLong() & Long.MAX_VALUE;
        }

        private static String joined(JsonNode arguments, String field) {
            var items = new ArrayList<String>();
            for (JsonNode a : arguments) {
                items.add(text(a, field));
            }
            return String.join(";", items);
        }

        /** A string field's value, "" when it is absent or null. */
        private static String text(JsonNode node, String field) {
            JsonNode v = node.get(field);
            return v == null || v.isNull() || v.isContainerNode() ? "" : v.asText();
        }

        private static String csvField(String value) {
            if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
                return "\"" + value.replace("\"", "\"\"") + "\"";
            }
            return value;
        }
    }

    /**
     * {@code storyline export table TABLE... [--store DIR | --postgres URL] --format jsonl|csv|parquet [--out PATH]}:
     * store tables as files. One table goes to {@code --out FILE} (or stdout for jsonl and csv); several, or
     * {@code all}, go to {@code --out DIR} as {@code TABLE.FORMAT} each. Reads an embedded store also while an ingest
     * writes to it.
     */
    @Command(name = "table", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Export store tables as JSON Lines, CSV or Parquet, columns as the store defines them "
                    + "(spans as start_char/end_char; lists as arrays, in CSV as JSON text; NULL as null, in CSV an "
                    + "empty field).",
                    "Tables: articles, entities, actors, quotes, dates, events, event_arguments, rejected, stories, "
                            + "story_articles, duplicates; or all."})
    static final class Table implements Callable<Integer> {
        /** The formats of {@code export table}. */
        static final class TableFormatConverter implements picocli.CommandLine.ITypeConverter<TableExport.Format> {
            @Override
            public TableExport.Format convert(String value) {
                try {
                    return TableExport.Format.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new picocli.CommandLine.TypeConversionException(
                            "expected jsonl, csv or parquet, got '" + value + "'");
                }
            }
        }

        @picocli.CommandLine.Mixin
        StoreOptions storeOptions;

        @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = TableFormatConverter.class,
                description = "jsonl, csv or parquet.")
        TableExport.Format format;

        @Option(names = "--out", paramLabel = "PATH",
                description = "The file for one table (stdout for jsonl or csv when absent); the directory for "
                        + "several or all.")
        Path out;

        @Parameters(arity = "1..*", paramLabel = "TABLE", description = "Table names, or all.")
        List<String> tables;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            var chosen = new ArrayList<StoreTable>();
            for (String name : tables) {
                if (name.equalsIgnoreCase("all")) {
                    chosen.addAll(List.of(StoreTable.values()));
                } else {
                    chosen.add(StoreTable.byName(name).orElseThrow(() -> new StorylineCommand.UserException(
                            "no table named '" + name + "'; tables: " + tableNames() + ", or all")));
                }
            }
            boolean many = chosen.size() > 1;
            if (out == null && (many || format == TableExport.Format.PARQUET)) {
                throw new StorylineCommand.UserException(many
                        ? "several tables need --out DIR (one file per table)"
                        : "Parquet needs --out FILE");
            }
            PrintWriter err = spec.commandLine().getErr();
            try (Store store = storeOptions.openForReading()) {
                for (StoreTable table : chosen) {
                    long rows;
                    Path file = many ? out.resolve(table.tableName() + "." + format.extension()) : out;
                    if (file == null) {
                        rows = TableExport.write(store, table, format, spec.commandLine().getOut());
                    } else {
                        try {
                            rows = TableExport.write(store, table, format, file);
                        } catch (IOException e) {
                            throw new StorylineCommand.UserException("cannot write " + file + ": " + e.getMessage(),
                                    e);
                        }
                    }
                    err.printf("export: %s, %d rows%s%n", table.tableName(), rows, file == null ? "" : " -> " + file);
                }
            }
            err.flush();
            return 0;
        }

        private static String tableNames() {
            var names = new ArrayList<String>();
            for (StoreTable t : StoreTable.values()) {
                names.add(t.tableName());
            }
            return String.join(", ", names);
        }
    }
}
