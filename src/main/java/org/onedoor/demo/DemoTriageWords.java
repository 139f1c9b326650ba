package org.onedoor.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.onedoor.referral.TriageOutcome;

/**
 * What triage decided for a demo referral and why, in a worker's words: how often each closing outcome comes up,
 * the interventions asked for by substance group, and the reasons given for closing, allocating and returning.
 * Every draw takes the generation's one {@link Random}, so the demo stays the same from run to run.
 */
final class DemoTriageWords {

    static final Weighted<TriageOutcome> CLOSING = new Weighted<TriageOutcome>()
            .add(30, TriageOutcome.ADVICE_ONLY)
            .add(22, TriageOutcome.BRIEF_INTERVENTION_AT_SPOC)
            .add(16, TriageOutcome.REFER_OUTSIDE)
            .add(20, TriageOutcome.DECLINED_BY_CLIENT)
            .add(12, TriageOutcome.INAPPROPRIATE);
    private static final Map<TriageOutcome, List<String>> CLOSING_REASONS = Map.of(
            TriageOutcome.ADVICE_ONLY,
                    List.of(
                            "Wanted advice on cutting down; information sent",
                            "Low-risk drinking on AUDIT-C; advice on units given",
                            "Asked about safer use; harm-reduction advice given"),
            TriageOutcome.BRIEF_INTERVENTION_AT_SPOC,
                    List.of(
                            "Brief intervention on the phone; happy to manage",
                            "Brief intervention delivered; will self-refer again if needed"),
            TriageOutcome.REFER_OUTSIDE,
                    List.of(
                            "Lives outside the partnership area; referred to home service",
                            "Under 18; referred to the young people's service",
                            "Needs inpatient detox; referred to regional unit"),
            TriageOutcome.DECLINED_BY_CLIENT,
                    List.of(
                            "Declined support when called back",
                            "No response after three attempts to contact",
                            "Client does not want treatment at present"),
            TriageOutcome.INAPPROPRIATE,
                    List.of(
                            "Duplicate of an existing referral",
                            "Gambling only; signposted to gambling support",
                            "Referred without the client's consent"));
    private static final List<String> RETURN_REASONS = List.of(
            "Patient has moved away",
            "Needs more than the practice can offer; specialist assessment advised",
            "Patient registered elsewhere",
            "Clinician on leave; no places after all this month");

    private DemoTriageWords() {}

    static String closingReason(Random random, TriageOutcome outcome) {
        return pick(random, CLOSING_REASONS.get(outcome));
    }

    static String returnReason(Random random) {
        return pick(random, RETURN_REASONS);
    }

    /** The intervention triage asks for, for a main substance group. */
    static String intervention(Random random, String group) {
        int roll = random.nextInt(100);
        return switch (group) {
            case "ALCOHOL" ->
                roll < 20 ? "BRIEF_ADVICE" : roll < 65 ? "EXTENDED_BRIEF_INTERVENTION" : "STRUCTURED_PSYCHOSOCIAL";
            case "OPIATES" -> roll < 55 ? "SHARED_CARE_PRESCRIBING" : "STRUCTURED_PSYCHOSOCIAL";
            case "CANNABIS", "MEDICINES" -> roll < 45 ? "BRIEF_ADVICE" : "STRUCTURED_PSYCHOSOCIAL";
            case "CRACK_COCAINE" -> roll < 30 ? "EXTENDED_BRIEF_INTERVENTION" : "STRUCTURED_PSYCHOSOCIAL";
            default -> "STRUCTURED_PSYCHOSOCIAL";
        };
    }

    /** Why triage allocated, in a worker's words. */
    static String triageReason(Random random, String group, String intervention) {
        return switch (group) {
            case "ALCOHOL" ->
                pick(
                        random,
                        List.of(
                                "AUDIT-C positive; wants support near home",
                                "AUDIT score in the harmful range; motivated to cut down",
                                "Drinking daily; wants help before it gets worse"));
            case "OPIATES" ->
                intervention.equals("SHARED_CARE_PRESCRIBING")
                        ? "Stable on illicit supply; wants a prescription and to stay with own GP"
                        : "Using daily; wants psychosocial support alongside harm reduction";
            default ->
                pick(
                        random,
                        List.of(
                                "Wants structured support to stop",
                                "Motivated; ready to start now",
                                "Using most days; affecting work and family"));
        };
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
