package org.onedoor.contract.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** The worked-example contract document (docs/examples/nel-2016.yaml) under a unique reference, for tests. */
public final class ContractFixtures {

    private ContractFixtures() {}

    public static String uniqueReference() {
        return "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** The example with another reference and status, counting only the given GP practice's clients. */
    public static String example(String reference, String status, String practiceCode) {
        try {
            String yaml = Files.readString(Path.of("docs/examples/nel-2016.yaml"), StandardCharsets.UTF_8);
            return replace(
                    replace(
                            replace(yaml, "reference: NEL-PCBSMTS-2016", "reference: " + reference),
                            "status: ACTIVE",
                            "status: " + status),
                    "  countingRule: ANY_DAY_OPEN_INTERVENTION   # or CENSUS_DAY with censusDay: 15",
                    "  countingRule: ANY_DAY_OPEN_INTERVENTION\n  practiceCodes: [" + practiceCode + "]");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces text of the document, failing when the document no longer says it. */
    public static String replace(String text, String what, String with) {
        if (!text.contains(what)) {
            throw new IllegalStateException("The example document no longer says " + what);
        }
        return text.replace(what, with);
    }
}
