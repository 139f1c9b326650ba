package org.onedoor.referral;

import org.jspecify.annotations.Nullable;

/**
 * The SPOC worker's triage: the outcome with its reason and, for an allocation, the intervention needed and the
 * substance group (prefilled from screening and the main substance, confirmed by the worker).
 */
public record TriageDecision(
        @Nullable TriageOutcome outcome,
        @Nullable String reason,
        @Nullable String neededIntervention,
        @Nullable String substanceGroup) {}
