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

    /** The code lists read once, to check many clients against them (the bulk import). */
    ClientCodes readOnce() {
        Map<String, String> ethnicities = ethnicities();
        Map<String, String> accommodations = accommodations();
        Map<String, String> genderIdentities = genderIdentities();
        return new ClientCodes(jdbc) {
            @Override
            public Map<String, String> ethnicities() {
                return ethnicities;
            }

            @Override
            public Map<String, String> accommodations() {
                return accommodations;
            }

            @Override
            public Map<String, String> genderIdentities() {
                return genderIdentities;
            }
        };
    }

    private Map<String, String> list(String table) {
        Map<String, String> codes = new LinkedHashMap<>();
        jdbc.sql("select code, label from " + table + " where valid_to is null order by sort_order")
                .query(rs -> {
                    codes.put(rs.getString(1), rs.getString(2));
                });
        return codes;
    }
}
