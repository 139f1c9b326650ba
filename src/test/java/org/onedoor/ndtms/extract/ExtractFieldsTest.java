package org.onedoor.ndtms.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.ndtms.extract.ExtractRows.d;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtractFieldsTest {

    private static final List<String> REFUSED = List.of("AGNCY", "CLIENTID", "CONSENT");

    @Test
    void fillsTheAttributorAndTheEpisodeAndInterventionFields() {
        Map<String, Object> fields = ExtractFields.of(ExtractRows.good(), "2", REFUSED);
        assertThat(fields)
                .containsEntry("FINITIAL", "A")
                .containsEntry("SINITIAL", "O")
                .containsEntry("DOB", LocalDate.of(1980, 2, 3))
                .containsEntry("SEX", "2")
                .containsEntry("PC", "AB1 2")
                .containsEntry("AGNCY", "N0852")
                .containsEntry("CLIENTID", "C100001")
                .containsEntry("CONSENT", "Y")
                .containsEntry("DRUG1", "1011")
                .containsEntry("DRUG2", "3201")
                .containsEntry("MODAL", "94")
                .containsEntry("MODST", d(5, 10))
                .containsEntry("MODEXIT", "A")
                .doesNotContainKey("DRUG3");
    }

    @Test
    void sendsOnlyTheConfiguredFieldsWhenConsentIsRefused() {
        ExtractRow refused = ExtractRows.row("N", LocalDate.of(1980, 2, 3), "Ann", "Lee", null);
        assertThat(ExtractFields.of(refused, "2", REFUSED))
                .containsExactly(
                        Map.entry("AGNCY", "N0852"), Map.entry("CLIENTID", "C100001"), Map.entry("CONSENT", "N"));
        assertThat(ExtractFields.of(refused, "2", List.of("AGNCY", "CONSENT", "SEX")))
                .containsOnlyKeys("AGNCY", "CONSENT", "SEX");
    }

    @Test
    void sendsThePostcodeSectorOnly() {
        assertThat(ExtractFields.postcodeSector("sw1a 1aa")).isEqualTo("SW1A 1");
        assertThat(ExtractFields.postcodeSector("M1 1AE")).isEqualTo("M1 1");
        assertThat(ExtractFields.postcodeSector("M1")).isNull();
        assertThat(ExtractFields.postcodeSector(null)).isNull();
    }
}
