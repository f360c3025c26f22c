package org.storyline.spark.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.storyline.ingest.InputFile;

/**
 * Lists and opens inputs through Hadoop's {@link FileSystem}, so that local paths, HDFS and S3A all work. The driver
 * lists; executors open, each with a Hadoop configuration rebuilt from the driver's settings.
 */
public final class HadoopFiles {
    /** Per executor JVM: configurations by their settings, built once. */
    private static final Map<Map<String, String>, Configuration> CONFIGURATIONS = new ConcurrentHashMap<>();

    private HadoopFiles() {}

    /** The settings of a configuration, as a serializable map to ship to executors. */
    public static HashMap<String, String> settings(Configuration configuration) {
        var settings = new HashMap<String, String>();
        configuration.forEach(e -> settings.put(e.getKey(), e.getValue()));
        return settings;
    }

    /**
     * Every file of the inputs, in the order {@code storyline extract} reads them: inputs in the order given, a
     * directory's files recursively in sorted path order, hidden files (a name starting with a dot) left out.
     * A path that does not exist is listed as an explicit file; reading it gives the rejection.
     */
    public static List<ListedFile> list(List<String> inputs, Configuration configuration) throws IOException {
        List<ListedFile> files = new ArrayList<>();
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(configuration);
            FileStatus status;
            try {
                status = fs.getFileStatus(path);
            } catch (FileNotFoundException e) {
                files.add(new ListedFile(files.size(), input, fs.makeQualified(path).toString(), true));
                continue;
            }
            String root = fs.makeQualified(status.getPath()).toString();
            if (!status.isDirectory()) {
                files.add(new ListedFile(files.size(), input, root, true));
                continue;
            }
            List<String[]> found = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> walk = fs.listFiles(path, true);
            while (walk.hasNext()) {
                String qualified = fs.makeQualified(walk.next().getPath()).toString();
                String relative = qualified.substring(root.length()).replaceFirst("^/+", "");
                if (!isHidden(relative)) {
                    String separator = input.endsWith("/") ? "" : "/";
                    found.add(new String[] {input + separator + relative, qualified});
                }
            }
            found.sort((a, b) -> a[0].compareTo(b[0]));
            for (String[] f : found) {
                files.add(new ListedFile(files.size(), f[0], f[1], false));
            }
        }
        return files;
    }

    private static boolean isHidden(String relative) {
        for (String segment : relative.split("/")) {
            if (segment.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The file as the readers see it, opened through the file system of its URI. */
    public static InputFile open(ListedFile file, Map<String, String> settings) {
        return new HadoopInputFile(file.name(), file.uri(), settings);
    }

    private static Configuration configuration(Map<String, String> settings) {
        return CONFIGURATIONS.computeIfAbsent(settings, s -> {
            var configuration = new Configuration(false);
            s.forEach(configuration::set);
            return configuration;
        });
    }

    private record HadoopInputFile(String name, String uri, Map<String, String> settings)
            implements InputFile, Serializable {
        @Override
        public InputStream open() throws IOException {
            Path path = new Path(uri);
            return path.getFileSystem(configuration(settings)).open(path);
        }

        @Override
        public long size() throws IOException {
            Path path = new Path(uri);
            return path.getFileSystem(configuration(settings)).getFileStatus(path).getLen();
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
