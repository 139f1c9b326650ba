package org.onedoor.indicators;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Whose figures: the whole partnership (and every imported agency), one provider's episodes, or the interventions one
 * GP practice delivered. A scope decides who is counted in a population; a return to treatment is looked for
 * everywhere.
 */
public record IndicatorScope(Kind kind, @Nullable UUID organisationId) {

    public IndicatorScope {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.PARTNERSHIP) != (organisationId == null)) {
            throw new IllegalArgumentException("a provider or practice scope names its organisation, and only then");
        }
    }

    public static IndicatorScope partnership() {
        return new IndicatorScope(Kind.PARTNERSHIP, null);
    }

    public static IndicatorScope provider(UUID providerId) {
        return new IndicatorScope(Kind.PROVIDER, providerId);
    }

    public static IndicatorScope practice(UUID practiceId) {
        return new IndicatorScope(Kind.PRACTICE, practiceId);
    }

    /** The scopes indicators are computed for. */
    public enum Kind {
        PARTNERSHIP,
        PROVIDER,
        PRACTICE
    }
}
