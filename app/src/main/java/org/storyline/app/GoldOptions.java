package org.storyline.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options every {@code storyline eval} command shares: the gold file, and how to print the report. */
final class GoldOptions {
    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold JSON file.")
    Path gold;

    @Option(names = "--misses", description = "Also list every miss.")
    boolean misses;

    @Option(names = "--json", description = "Print the report as one JSON object instead of text.")
    boolean json;

    /** The gold file's JSON, after checking that it and the documents folder exist. */
    JsonNode read(Path documents, String documentsWhat) throws IOException {
        if (!Files.isRegularFile(gold)) {
            throw new StorylineCommand.UserException("gold file not found: " + gold);
        }
        if (!Files.isDirectory(documents)) {
            throw new StorylineCommand.UserException(documentsWhat + " not found: " + documents);
        }
        return new ObjectMapper().readTree(gold.toFile());
    }

    /** Prints the figures as one JSON object on one line. */
    static void printJson(PrintWriter out, Map<String, ? extends Number> figures) throws IOException {
        out.println(new ObjectMapper().writeValueAsString(figures));
        out.flush();
    }
}
