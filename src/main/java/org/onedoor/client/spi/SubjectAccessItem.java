package org.onedoor.client.spi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing held about a client, as the subject-access export shows it: a heading and labelled values in order.
 */
public record SubjectAccessItem(String heading, Map<String, String> fields) {

    public SubjectAccessItem {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
