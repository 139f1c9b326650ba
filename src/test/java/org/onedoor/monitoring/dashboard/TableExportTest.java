package org.onedoor.monitoring.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TableExportTest {

    private final DataTable table = new DataTable(
            "figures",
            "Headline figures",
            List.of("Indicator", "Figure"),
            List.of(
                    List.of("Numbers in treatment", "<5"),
                    List.of("Completions, all", "[c]"),
                    List.of("=SUM(A1)", "-3")),
            Set.of(1));

    @Test
    void writesTheCellsAsShownQuotingCommasAndDefusingFormulas() {
        String csv = new String(TableExport.csv(table), StandardCharsets.UTF_8);

        assertThat(csv)
                .isEqualTo("Indicator,Figure\r\n"
                        + "Numbers in treatment,<5\r\n"
                        + "\"Completions, all\",[c]\r\n"
                        + "'=SUM(A1),-3\r\n");
    }

    @Test
    void writesAnXlsxWorkbook() {
        byte[] xlsx = TableExport.xlsx(table);

        assertThat(xlsx).startsWith('P', 'K');
    }
}
