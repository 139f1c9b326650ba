package org.onedoor.indicators;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Whose figures: the whole partnership (with every imported activity file), one provider's episodes, the
 * interventions one GP practice delivered, or one NDTMS agency code (an imported file's {@code AGNCY}, or a live
 * provider's ODS code). A scope decides who is counted in a population; a return to treatment is looked for everywhere.
 */
public record IndicatorScope(
        Kind kind, @Nullable UUID organisationId, @Nullable String agency) {

    public IndicatorScope {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.PROVIDER || kind == Kind.PRACTICE) != (organisationId != null)
                || (kind == Kind.AGENCY) != (agency != null && !agency.isBlank())) {
            throw new IllegalArgumentException(
                    "a provider or practice scope names its organisation, an agency its code");
        }
    }

    public static IndicatorScope partnership() {
        return new IndicatorScope(Kind.PARTNERSHIP, null, null);
    }

    public static IndicatorScope provider(UUID providerId) {
        return new IndicatorScope(Kind.PROVIDER, providerId, null);
    }

    public static IndicatorScope practice(UUID practiceId) {
        return new IndicatorScope(Kind.PRACTICE, practiceId, null);
    }

    public static IndicatorScope agency(String code) {
        return new IndicatorScope(Kind.AGENCY, null, code.strip());
    }

    /** The scopes indicators are computed for. */
    public enum Kind {
        PARTNERSHIP,
        PROVIDER,
        PRACTICE,
        AGENCY
    }
}
