package org.onedoor.ndtms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NdtmsWriterTest {

    private static final NdtmsSchema K = NdtmsSchema.datasetK();
    private static final List<String> FIELDS =
            List.of("MODST", "AGNCY", "CLIENTID", "EPISODID", "DOB", "SEX", "DISRSN", "ALCUNITS", "MODSET");

    private static String write() {
        StringWriter out = new StringWriter();
        NdtmsWriter writer = new NdtmsWriter(out, K, FIELDS);
        Map<String, Object> first = new HashMap<>();
        first.put("AGNCY", "N0852");
        first.put("CLIENTID", "C1");
        first.put("EPISODID", "E,1");
        first.put("DOB", LocalDate.of(1980, 2, 29));
        first.put("SEX", "1");
        first.put("MODST", LocalDate.of(2016, 4, 1));
        first.put("ALCUNITS", new BigDecimal("12.50"));
        first.put("MODSET", "PRIMARY \"GP\" CARE");
        writer.write(first);
        Map<String, Object> second = new HashMap<>();
        second.put("AGNCY", "N0852");
        second.put("CLIENTID", "C2");
        second.put("DISRSN", null);
        second.put("MODSET", " ");
        writer.write(second);
        assertThat(writer.rows()).isEqualTo(2);
        return out.toString();
    }

    @Test
    void writesTheGoldenFile() throws IOException {
        try (InputStream golden = getClass().getResourceAsStream("/ndtms/writer/golden.csv")) {
            assertThat(write()).isEqualTo(new String(golden.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void whatItWritesReadsBackTheSame() {
        NdtmsFile file = NdtmsFile.open("round.csv", new StringReader(write()), K, Set.copyOf(FIELDS));

        NdtmsRecord first = file.next();

        assertThat(first.text("EPISODID")).isEqualTo("E,1");
        assertThat(first.text("MODSET")).isEqualTo("PRIMARY \"GP\" CARE");
        assertThat(first.date("DOB")).isEqualTo(LocalDate.of(1980, 2, 29));
        assertThat(first.number("ALCUNITS")).isEqualTo(new BigDecimal("12.50"));
        assertThat(file.next().has("EPISODID")).isFalse();
        assertThat(file.problems()).isEmpty();
    }

    @Test
    void refusesFieldsTheSchemaOrTheFileDoesNotHave() {
        assertThatThrownBy(() -> new NdtmsWriter(new StringWriter(), K, List.of("NOPE")))
                .hasMessageContaining("NOPE");
        NdtmsWriter writer = new NdtmsWriter(new StringWriter(), K, List.of("AGNCY"));
        assertThatThrownBy(() -> writer.write(Map.of("DOB", LocalDate.of(1980, 1, 1))))
                .hasMessageContaining("DOB");
    }
}
