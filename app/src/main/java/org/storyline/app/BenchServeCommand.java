package org.storyline.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.storyline.serve.ServerConfig;
import org.storyline.serve.StorylineServer;
import org.storyline.store.Store;
import org.storyline.store.StoreTable;
import org.storyline.store.Stores;
import org.storyline.store.SyntheticEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code storyline bench serve}: latency of {@code /api/events} with filters on a synthetic store. Fills a fresh
 * embedded store with {@link SyntheticEvents}, starts the server, times every query class one request at a time
 * (p50/p99 per class), then puts the server under load with {@code wrk} (Debian package {@code wrk}) cycling through
 * the same requests, and reports wrk's latency percentiles.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"p99 latency of /api/events with filters (actor, type, dates, outlet, story, deep cursor) on a "
                + "synthetic store, one request at a time and under load with wrk (apt-get install wrk)."})
final class BenchServeCommand implements Callable<Integer> {
    @Option(names = "--events", defaultValue = "1000000", description = "Events to synthesise (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--events-per-article", defaultValue = "20",
            description = "Events per synthetic article (default: ${DEFAULT-VALUE}).")
    int perArticle;

    @Option(names = "--actors", defaultValue = "2000", description = "Distinct actors (default: ${DEFAULT-VALUE}).")
    int actors;

    @Option(names = "--duration", defaultValue = "30", description = "Seconds of wrk load (default: ${DEFAULT-VALUE}).")
    int duration;

    @Option(names = "--connections", defaultValue = "8", description = "wrk connections (default: ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--wrk-threads", defaultValue = "1", description = "wrk threads (default: ${DEFAULT-VALUE}).")
    int wrkThreads;

    @Option(names = "--samples", defaultValue = "200",
            description = "Sequential requests per query class (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Keep the synthetic store in DIR (default: a temporary directory, deleted at the end); a "
                    + "later run with the same DIR measures it again without refilling.")
    Path storeDir;

    @Option(names = "--wrk", defaultValue = "wrk", description = "The wrk executable (default: ${DEFAULT-VALUE}).")
    String wrk;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Marks a --store directory this command filled, so that a later run measures it again without refilling. */
    static final String SYNTHETIC_MARK = ".storyline-synthetic";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (events < 1 || perArticle < 1 || events % perArticle != 0) {
            throw new StorylineCommand.UserException("--events must be a positive multiple of --events-per-article");
        }
        Path dir = storeDir != null ? storeDir : Files.createTempDirectory("storyline-bench-serve-").resolve("store");
        boolean reuse = Files.exists(dir.resolve(SYNTHETIC_MARK));
        if (!reuse && Files.exists(dir.resolve("storyline.mv.db"))) {
            throw new StorylineCommand.UserException(dir + " holds a store that is not a synthetic one of this "
                    + "command; give an empty --store DIR");
        }
        try (Store store = Stores.embedded(dir)) {
            long t0 = System.nanoTime();
            if (!reuse) {
                SyntheticEvents.fill(store, events / perArticle, perArticle, actors);
                Files.writeString(dir.resolve(SYNTHETIC_MARK), events + " events, " + perArticle + " per article, "
                        + actors + " actors\n");
            }
            out.printf("store   %,d articles, %,d events, %,d event arguments, %,d actors in %s; %s in %.1f s%n",
                    store.count(StoreTable.ARTICLES), store.count(StoreTable.EVENTS),
                    store.count(StoreTable.EVENT_ARGUMENTS), actors, dir, reuse ? "reused (opened)" : "filled",
                    (System.nanoTime() - t0) / 1e9);
            out.flush();
            try (StorylineServer server = StorylineServer.start(store, ServerConfig.defaults().withPort(0))) {
                String base = server.url().replaceAll("/$", "");
                Map<String, List<String>> classes = queries(base);
                var allPaths = new ArrayList<String>();
                out.println("sequential latency per query class (" + samples + " requests each, after 20 warm-up):");
                for (Map.Entry<String, List<String>> c : classes.entrySet()) {
                    allPaths.addAll(c.getValue());
                    double[] ms = time(base, c.getValue(), samples);
                    out.printf("  %-34s p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms   e.g. %s%n", c.getKey(),
                            percentile(ms, 50), percentile(ms, 99), ms[ms.length - 1], c.getValue().get(0));
                    out.flush();
                }
                runWrk(base, allPaths, out, err);
            }
        } finally {
            if (storeDir == null) {
                deleteTree(dir.getParent());
            }
        }
        return 0;
    }

    /** Query classes, each with a few concrete requests (different actors, dates, stories) to cycle through. */
    private Map<String, List<String>> queries(String base) throws Exception {
        var classes = new LinkedHashMap<String, List<String>>();
        int stories = events / perArticle / 10;
        var type = new ArrayList<String>();
        var typeDates = new ArrayList<String>();
        var actor = new ArrayList<String>();
        var actorTypeYear = new ArrayList<String>();
        var outletType = new ArrayList<String>();
        var story = new ArrayList<String>();
        var month = new ArrayList<String>();
        String[] types = {"ACCUSE", "ASSAULT", "PROTEST", "AID", "THREATEN", "AGREE", "REQUEST", "SANCTION"};
        for (int i = 0; i < 8; i++) {
            type.add("/api/events?type=" + types[i]);
            typeDates.add("/api/events?type=" + types[i] + "&from=2024-0" + (i + 1) + "-01&to=2024-0" + (i + 2) + "-15");
            actor.add("/api/events?actor=actor:" + (1 + i * 97 % actors));
            actorTypeYear.add("/api/events?actor=actor:" + (5 + i * 131 % actors) + "&type=" + types[i]
                    + "&from=2024-01-01&to=2024-12-31");
            outletType.add("/api/events?outlet=" + URLEncoder.encode("Outlet " + (i * 3 % 20), StandardCharsets.UTF_8)
                    + "&type=" + types[i]);
            story.add("/api/events?story=story-" + (1 + (long) i * 7919 % Math.max(1, stories)));
            month.add("/api/events?from=2025-0" + (i + 1) + "-01&to=2025-0" + (i + 1) + "-28&limit=100");
        }
        classes.put("type", type);
        classes.put("type + 6 weeks", typeDates);
        classes.put("month, limit 100", month);
        classes.put("actor", actor);
        classes.put("actor + type + year", actorTypeYear);
        classes.put("outlet + type", outletType);
        classes.put("story", story);
        var deep = new ArrayList<String>();
        for (String first : List.of(type.get(0), actor.get(0), typeDates.get(1))) {
            String path = first;
            for (int page = 0; page < 20; page++) {
                JsonNode body = json.readTree(getBody(base + path));
                if (body.path("next").isNull() || body.path("next").isMissingNode()) {
                    break;
                }
                path = first + "&cursor=" + URLEncoder.encode(body.get("next").asText(), StandardCharsets.UTF_8);
            }
            deep.add(path);
        }
        classes.put("20 pages deep (cursor)", deep);
        return classes;
    }

    private String getBody(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private double[] time(String base, List<String> paths, int n) throws IOException, InterruptedException {
        for (int i = 0; i < 20; i++) {
            getBody(base + paths.get(i % paths.size()));
        }
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            getBody(base + paths.get(i % paths.size()));
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    static double percentile(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private void runWrk(String base, List<String> paths, PrintWriter out, PrintWriter err) throws Exception {
        Path script = Files.createTempFile("storyline-wrk-", ".lua");
        try {
            var lua = new StringBuilder("local paths = {\n");
            for (String p : paths) {
                lua.append("  \"").append(p.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\n");
            }
            lua.append("}\nlocal i = 0\nrequest = function()\n  i = i + 1\n"
                    + "  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n");
            Files.writeString(script, lua);
            List<String> command = List.of(wrk, "-t" + wrkThreads, "-c" + connections, "-d" + duration + "s",
                    "--latency", "-s", script.toString(), base + "/");
            out.println("load: " + String.join(" ", command) + "  (" + paths.size() + " requests cycled)");
            out.flush();
            Process p;
            try {
                p = new ProcessBuilder(command).redirectErrorStream(true).start();
            } catch (IOException e) {
                err.println("storyline: cannot run " + wrk + " (" + e.getMessage() + "); install it with "
                        + "apt-get install wrk, or pass --wrk PATH. The sequential figures above stand.");
                return;
            }
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            output.lines().forEach(l -> out.println("  " + l));
            Matcher m = Pattern.compile("(?m)^\\s*99%\\s+([0-9.]+)(us|ms|s)").matcher(output);
            if (m.find()) {
                double value = Double.parseDouble(m.group(1));
                double ms = switch (m.group(2)) {
                    case "us" -> value / 1000;
                    case "s" -> value * 1000;
                    default -> value;
                };
                out.printf("p99 under load: %.2f ms (target <= 50 ms: %s)%n", ms, ms <= 50 ? "met" : "NOT met");
            }
            if (output.contains("Non-2xx")) {
                out.println("WARNING: some responses were not 2xx (see above)");
            }
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
