package org.storyline.events;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storyline.model.PloverType;

/**
 * Every CAMEO event code with its name, Goldstein value, quad class and PLOVER type, read from {@code cameo.tsv}
 * beside this class (columns {@code code, name, goldstein, quad_class, plover, comment}; {@code #} lines are comments).
 *
 * <pre>{@code
 * CameoCodebook.builtIn().lookup("112")   // Accuse, not specified below; -2.0; VERBAL_CONFLICT; ACCUSE
 * CameoCodebook.builtIn().root("1121")    // 11 DISAPPROVE
 * }</pre>
 *
 * <p>A code with an empty Goldstein cell takes its nearest parent's value, as GDELT does for subcodes.
 */
public final class CameoCodebook {
    private static final String RESOURCE = "cameo.tsv";

    private static final class Holder {
        static final CameoCodebook BUILT_IN = read();
    }

    /** Codes in the table's order (root, then its codes, then their subcodes). */
    private final Map<String, CameoCode> codes;

    private CameoCodebook(Map<String, CameoCode> codes) {
        this.codes = Collections.unmodifiableMap(codes);
    }

    /** The codebook shipped with Storyline, read once per JVM. */
    public static CameoCodebook builtIn() {
        return Holder.BUILT_IN;
    }

    /** The code {@code code} ("112", "0211"), if CAMEO has it. */
    public Optional<CameoCode> lookup(String code) {
        return Optional.ofNullable(codes.get(requireNonNull(code, "code is null")));
    }

    /** The root of a known code ("11 DISAPPROVE" for "1121"), empty for a code CAMEO does not have. */
    public Optional<CameoCode> root(String code) {
        return lookup(code).map(c -> codes.get(c.root()));
    }

    /** All codes in the table's order. */
    public List<CameoCode> codes() {
        return List.copyOf(codes.values());
    }

    public int size() {
        return codes.size();
    }

    private static CameoCodebook read() {
        try (InputStream in = CameoCodebook.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the events module's resources");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    static CameoCodebook parse(List<String> lines) {
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        boolean header = true;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                if (line.startsWith("code\t")) {
                    continue;
                }
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < 5) {
                throw new IllegalStateException(RESOURCE + " line " + (n + 1) + " has " + cells.length
                        + " columns, expected code, name, goldstein, quad_class, plover[, comment]: " + line);
            }
            String code = cells[0].strip();
            String parent = code.length() == 2 ? null : code.substring(0, code.length() - 1);
            if (parent != null && !codes.containsKey(parent)) {
                throw new IllegalStateException(RESOURCE + " line " + (n + 1) + ": code " + code
                        + " comes before its parent " + parent);
            }
            double goldstein = cells[2].isBlank() ? codes.get(parent).goldstein() : Double.parseDouble(cells[2]);
            QuadClass quad = QuadClass.of(Integer.parseInt(cells[3].strip()));
            if (quad != QuadClass.ofRoot(Integer.parseInt(code.substring(0, 2)))) {
                throw new IllegalStateException(RESOURCE + " line " + (n + 1) + ": code " + code + " has quad class "
                        + quad.number() + ", its root says " + QuadClass.ofRoot(Integer.parseInt(code.substring(0, 2)))
                        .number());
            }
            CameoCode c = new CameoCode(code, cells[1].strip(), goldstein, quad,
                    PloverType.valueOf(cells[4].strip()));
            if (codes.put(code, c) != null) {
                throw new IllegalStateException(RESOURCE + " line " + (n + 1) + ": code " + code + " twice");
            }
        }
        return new CameoCodebook(codes);
    }

    @Override
    public String toString() {
        return "CameoCodebook[" + codes.size() + " codes]";
    }

    /** The codes whose PLOVER type is {@code type}, in table order. */
    public List<CameoCode> codesOf(PloverType type) {
        List<CameoCode> out = new ArrayList<>();
        for (CameoCode c : codes.values()) {
            if (c.plover() == type) {
                out.add(c);
            }
        }
        return out;
    }
}
