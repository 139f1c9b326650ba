package org.onedoor.treatment.harmreduction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The item and naloxone-kit code lists valid today, code to label, in their order. */
@Component
public class HarmReductionCodes {

    private final JdbcClient jdbc;
    private final Clock clock;

    HarmReductionCodes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Map<String, String> items() {
        return codes("treatment_nsp_item_type");
    }

    public Map<String, String> kits() {
        return codes("treatment_naloxone_kit_type");
    }

    private Map<String, String> codes(String table) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> codes = new LinkedHashMap<>();
        jdbc.sql("select code, label from " + table
                        + " where valid_from <= ? and (valid_to is null or valid_to >= ?) order by sort_order")
                .params(today, today)
                .query((rs, n) -> codes.put(rs.getString(1), rs.getString(2)))
                .list();
        return codes;
    }
}
