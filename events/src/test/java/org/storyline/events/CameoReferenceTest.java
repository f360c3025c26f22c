package org.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.storyline.testkit.SharedData;

/**
 * cameo.tsv against the reference tables in {@code ../shared/data/plover-reference} (skipped where that folder is
 * absent): the same codes, the same Goldstein values, and the PLOVER type CAMEO2PLOVER-2021 gives wherever it gives one.
 */
class CameoReferenceTest {
    private final CameoCodebook codebook = CameoCodebook.builtIn();

    @Test
    void sameCodesAndGoldsteinValues() throws Exception {
        Path dir = SharedData.require("data/plover-reference");
        List<String> names = Files.readAllLines(dir.resolve("CAMEO.eventcodes.txt"), StandardCharsets.UTF_8);
        List<String> codes = names.subList(1, names.size()).stream().map(l -> l.split("\t")[0]).toList();
        assertThat(codebook.codes().stream().map(CameoCode::code).toList()).isEqualTo(codes);
        for (String line : Files.readAllLines(dir.resolve("CAMEO.goldsteinscale.txt")).subList(1, codes.size() + 1)) {
            String[] cells = line.split("\t");
            assertThat(codebook.lookup(cells[0]).orElseThrow().goldstein()).as(cells[0])
                    .isEqualTo(Double.parseDouble(cells[1]));
        }
    }

    @Test
    void ploverTypesAsCameoToPloverMapsThem() throws Exception {
        Path dir = SharedData.require("data/plover-reference");
        Map<String, String> mapping = new LinkedHashMap<>();
        Pattern line = Pattern.compile("^(\\d{2,4}):\\s*([A-Z]+)");
        for (String l : Files.readAllLines(dir.resolve("CAMEO2PLOVER-2021.txt"))) {
            Matcher m = line.matcher(l);
            if (m.find()) {
                mapping.putIfAbsent(m.group(1), m.group(2));
            }
        }
        int compared = 0;
        for (Map.Entry<String, String> e : mapping.entrySet()) {
            if (codebook.lookup(e.getKey()).isPresent()) {
                assertThat(codebook.lookup(e.getKey()).orElseThrow().plover().name()).as(e.getKey())
                        .isEqualTo(e.getValue());
                compared++;
            }
        }
        assertThat(compared).isEqualTo(272);
    }
}
