package org.onedoor.ndtms.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One row as the dataset-K fields it fills, by field code: text, or a {@code LocalDate} for the writer to format;
 * a field left out or null is written {@code NA}. OneDoor holds no NDTMS code for the intervention setting yet
 * ({@code MODSET}, domain reference 4.3) nor the other client fields of 3.3, so those go as {@code NA}.
 */
final class ExtractFields {

    private ExtractFields() {}

    static Map<String, @Nullable Object> of(ExtractRow row, @Nullable String sexCode, List<String> refusedFields) {
        Map<String, @Nullable Object> all = new LinkedHashMap<>();
        all.put("FINITIAL", Attributor.initial(row.givenName()));
        all.put("SINITIAL", Attributor.initial(row.familyName()));
        all.put("DOB", row.dateOfBirth());
        all.put("SEX", sexCode);
        all.put("ETHNIC", row.ethnicity());
        all.put("PC", postcodeSector(row.postcode()));
        all.put("ACCMNEED", row.accommodation());
        all.put("GPPTCE", row.practiceCode());
        all.put("AGNCY", row.agencyCode());
        all.put("CLIENTID", row.clientReference());
        all.put("EPISODID", row.episodeId().toString());
        all.put("CONSENT", row.consent());
        all.put("REFLD", row.referredOn());
        all.put("RFLS", row.referralSource());
        all.put("TRIAGED", row.triagedOn());
        all.put("CPLANDT", row.carePlanStartedOn());
        all.put("DISD", row.dischargedOn());
        all.put("DISRSN", row.dischargeReason());
        for (int n = 0; n < row.substances().size(); n++) {
            all.put("DRUG" + (n + 1), row.substances().get(n).ndtmsCode());
        }
        ExtractRow.Intervention i = row.intervention();
        if (i != null) {
            all.put("MODID", i.id().toString());
            all.put("MODAL", i.ndtmsCode());
            all.put("REFMODDT", i.referredOn());
            all.put("FAOMODDT", i.firstOfferedOn());
            all.put("MODST", i.startedOn());
            all.put("MODEND", i.endedOn());
            all.put("MODEXIT", i.exitStatus());
            all.put("OPRAGNCY", i.operatingAgency());
        }
        if (!"N".equals(row.consent())) {
            return all;
        }
        Map<String, @Nullable Object> kept = new LinkedHashMap<>();
        for (String field : refusedFields) {
            kept.put(field, all.get(field));
        }
        return kept;
    }

    /**
     * The postcode sector ("AB1 2": the outward code, a space and the inward code's digit), the partial postcode of
     * analyst data (domain reference 3.5); null when the postcode is missing or too short to have an inward code.
     */
    static @Nullable String postcodeSector(@Nullable String postcode) {
        if (postcode == null) {
            return null;
        }
        String plain = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (plain.length() < 5 || plain.length() > 7) {
            return null;
        }
        return plain.substring(0, plain.length() - 3) + " " + plain.charAt(plain.length() - 3);
    }
}
