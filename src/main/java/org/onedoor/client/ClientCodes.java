package org.onedoor.client;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The client code lists (configuration data loaded by migrations): code to label, in display order. */
@Component
public class ClientCodes {

    private final JdbcClient jdbc;

    ClientCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, String> ethnicities() {
        return list("client_ethnicity");
    }

    public Map<String, String> accommodations() {
        return list("client_accommodation");
    }

    public Map<String, String> genderIdentities() {
        return list("client_gender_identity");
    }

    private Map<String, String> list(String table) {
        Map<String, String> codes = new LinkedHashMap<>();
        jdbc.sql("select code, label from " + table + " where valid_to is null order by sort_order")
                .query(rs -> {
                    codes.put(rs.getString(1), rs.getString(2));
                })
                ;
        return codes;
    }
}
