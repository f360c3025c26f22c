package org.storyline.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.storyline.events.CameoCode;
import org.storyline.events.CameoCodebook;
import org.storyline.model.PloverType;

/**
 * What the commands need to know about a CAMEO event code: its Goldstein score, its PLOVER type and its QuadClass.
 * {@link #builtIn()} takes Goldstein scores from the events module's {@link CameoCodebook} and PLOVER types from the
 * table {@code cameo.tsv} beside this class (PLOVER's official CAMEO2PLOVER mapping, which gold files coded in CAMEO
 * are read by; the events stage's codebook picks a nearest type where that mapping has none, for coding). A code
 * neither table has takes the entry of its parent code ({@code 1213} → {@code 121}).
 */
interface CameoLookup {
    /** The Goldstein score (-10 conflict … +10 cooperation) of a CAMEO code, if known. */
    OptionalDouble goldstein(String code);

    /** The PLOVER type of a CAMEO code; empty for codes PLOVER does not cover (roots 01, 02; the bare root 08). */
    Optional<PloverType> plover(String code);

    /**
     * The GDELT QuadClass of a CAMEO code, from its two-digit root: 01–05 verbal cooperation (1), 06–08 material
     * cooperation (2), 09–14 verbal conflict (3), 15–20 material conflict (4); empty for anything else.
     */
    default OptionalInt quadClass(String code) {
        if (code == null || !code.matches("\\d{2,4}")) {
            return OptionalInt.empty();
        }
        int root = Integer.parseInt(code.substring(0, 2));
        if (root >= 1 && root <= 5) {
            return OptionalInt.of(1);
        } else if (root >= 6 && root <= 8) {
            return OptionalInt.of(2);
        } else if (root >= 9 && root <= 14) {
            return OptionalInt.of(3);
        } else if (root >= 15 && root <= 20) {
            return OptionalInt.of(4);
        }
        return OptionalInt.empty();
    }

    /** The table shipped with the app. */
    static CameoLookup builtIn() {
        return Table.BUILT_IN;
    }

    /**
     * Goldstein scores from the events module's {@link CameoCodebook}; PLOVER types from the {@code cameo.tsv}
     * resource (code, PLOVER type per the official mapping; {@code #} starts a comment line).
     */
    final class Table implements CameoLookup {
        private static final Table BUILT_IN = load();

        private final Map<String, Double> goldstein;
        private final Map<String, PloverType> plover;

        private Table(Map<String, Double> goldstein, Map<String, PloverType> plover) {
            this.goldstein = goldstein;
            this.plover = plover;
        }

        private static Table load() {
            var goldstein = new TreeMap<String, Double>();
            for (CameoCode c : CameoCodebook.builtIn().codes()) {
                goldstein.put(c.code(), c.goldstein());
            }
            var plover = new TreeMap<String, PloverType>();
            try (InputStream in = CameoLookup.class.getResourceAsStream("cameo.tsv")) {
                if (in == null) {
                    throw new IllegalStateException("resource org/storyline/app/cameo.tsv is missing from the build");
                }
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t", -1);
                    if (f.length > 1 && !f[1].isEmpty()) {
                        plover.put(f[0], PloverType.valueOf(f[1]));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the CAMEO table: " + e.getMessage(), e);
            }
            return new Table(java.util.Collections.unmodifiableMap(goldstein),
                    java.util.Collections.unmodifiableMap(plover));
        }

        @Override
        public OptionalDouble goldstein(String code) {
            return lookup(goldstein, code).map(OptionalDouble::of).orElse(OptionalDouble.empty());
        }

        @Override
        public Optional<PloverType> plover(String code) {
            return lookup(plover, code);
        }

        private static <T> Optional<T> lookup(Map<String, T> table, String code) {
            if (code == null || !code.matches("\\d{2,4}")) {
                return Optional.empty();
            }
            for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
                T value = table.get(c);
                if (value != null) {
                    return Optional.of(value);
                }
            }
            return Optional.empty();
        }
    }
}
