package org.onedoor.ndtms.extract;

import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the NDTMS monthly extract writes what NDTMS leaves to configuration (domain reference 3.6, 4.1).
 *
 * @param consentRefusedFields the fields sent for a client who refused or withdrew NDTMS consent; every other field
 *                             is {@code NA} (one exporter's choice, domain reference 3.6: check the current rule)
 * @param sexCodes             the NDTMS code of each sex OneDoor records ({@code shared.Sex} names); a sex with no
 *                             code is a problem for the record, never a guess
 */
@Validated
@ConfigurationProperties("onedoor.ndtms.extract")
record ExtractSettings(
        @DefaultValue({"AGNCY", "CLIENTID", "CONSENT"}) @NotEmpty
        List<String> consentRefusedFields,

        Map<String, String> sexCodes) {

    ExtractSettings {
        consentRefusedFields = List.copyOf(consentRefusedFields);
        sexCodes = sexCodes == null || sexCodes.isEmpty() ? Map.of("MALE", "1", "FEMALE", "2") : Map.copyOf(sexCodes);
    }
}
