package org.onedoor.ndtms.extract;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.Messages;

/**
 * Every check of domain reference 3.7 on one record, all at once: a record never stops at its first problem. A record
 * with consent refused is not checked, since none of its other fields are sent; one with no consent decision is
 * checked in full, so the data officer sees everything to put right before it can go.
 */
final class ExtractChecks {

    static final int EARLIEST_BIRTH_YEAR = 1903;
    static final int ADULT_AGE = 18;

    private final ExtractRow row;
    private final List<ExtractProblem> problems = new ArrayList<>();

    private ExtractChecks(ExtractRow row) {
        this.row = row;
    }

    /** The record's problems, errors and warnings, in the order of its fields. */
    static List<ExtractProblem> of(ExtractRow row, @Nullable String sexCode) {
        if ("N".equals(row.consent())) {
            return List.of();
        }
        ExtractChecks checks = new ExtractChecks(row);
        checks.client(sexCode);
        checks.episode();
        ExtractRow.Intervention intervention = row.intervention();
        if (intervention != null) {
            checks.intervention(intervention);
        }
        return checks.problems;
    }

    private void client(@Nullable String sexCode) {
        when(Attributor.initial(row.givenName()) == null, ExtractRule.FORENAME_INITIAL);
        when(Attributor.initial(row.familyName()) == null, ExtractRule.SURNAME_INITIAL);
        LocalDate born = row.dateOfBirth();
        LocalDate referred = row.referredOn();
        if (born != null) {
            when(born.getYear() < EARLIEST_BIRTH_YEAR, ExtractRule.BIRTH_YEAR, born.getYear(), EARLIEST_BIRTH_YEAR);
            if (referred != null && born.isAfter(referred)) {
                add(ExtractRule.BORN_AFTER_REFERRAL);
            } else if (referred != null) {
                int age = Period.between(born, referred).getYears();
                when(age < ADULT_AGE, ExtractRule.UNDER_18, age);
            }
        }
        when(sexCode == null, ExtractRule.SEX_NOT_REPORTABLE, String.valueOf(row.sex()));
        when(row.consent() == null, ExtractRule.CONSENT_NOT_RECORDED);
    }

    private void episode() {
        List<ExtractRow.Substance> substances = row.substances();
        @Nullable String first = substances.isEmpty() ? null : substances.get(0).ndtmsCode();
        when(first == null, ExtractRule.DRUG1_MISSING);
        for (int n = 1; n < substances.size(); n++) {
            ExtractRow.Substance substance = substances.get(n);
            when(substance.ndtmsCode() == null, ExtractRule.DRUG_UNCODED, substance.code());
            when(first != null && first.equals(substance.ndtmsCode()), ExtractRule.DRUG_REPEATED, first);
        }
        when(before(row.triagedOn(), row.referredOn()), ExtractRule.TRIAGE_BEFORE_REFERRAL);
        when(row.referralSource() == null, ExtractRule.REFERRAL_SOURCE_MISSING);
        when((row.dischargedOn() == null) != (row.dischargeReason() == null), ExtractRule.DISCHARGE_WITHOUT_REASON);
    }

    private void intervention(ExtractRow.Intervention i) {
        when(i.startedOn() != null && row.carePlanStartedOn() == null, ExtractRule.MODALITY_WITHOUT_CARE_PLAN);
        when(i.ndtmsCode() == null, ExtractRule.MODALITY_TYPE_UNCODED, i.type());
        when(before(i.startedOn(), i.referredOn()), ExtractRule.START_BEFORE_REFERRAL);
        when(before(i.firstOfferedOn(), i.referredOn()), ExtractRule.OFFER_BEFORE_REFERRAL);
        when(before(i.endedOn(), i.startedOn()), ExtractRule.END_BEFORE_START);
        when((i.endedOn() == null) != (i.exitStatus() == null), ExtractRule.END_WITHOUT_EXIT);
        when(row.dischargedOn() != null && i.startedOn() != null && i.endedOn() == null, ExtractRule.OPEN_AT_DISCHARGE);
        when(before(row.dischargedOn(), i.endedOn()), ExtractRule.DISCHARGE_BEFORE_END);
    }

    private static boolean before(@Nullable LocalDate day, @Nullable LocalDate other) {
        return day != null && other != null && day.isBefore(other);
    }

    private void when(boolean broken, ExtractRule rule, Object... values) {
        if (broken) {
            add(rule, values);
        }
    }

    private void add(ExtractRule rule, Object... values) {
        ExtractRow.Intervention intervention = row.intervention();
        problems.add(new ExtractProblem(
                rule.code(),
                rule.severity() == ExtractRule.Severity.ERROR,
                rule.field(),
                Messages.text(rule.messageKey(), values),
                link(rule.fix()),
                row.clientReference(),
                row.episodeId(),
                intervention == null ? null : intervention.id()));
    }

    private String link(ExtractRule.Fix fix) {
        ExtractRow.Intervention intervention = row.intervention();
        String episode = "/episodes/" + row.episodeId();
        return switch (fix) {
            case CLIENT_IDENTITY -> "/clients/" + row.clientId() + "/identity";
            case CLIENT_CONSENT -> "/clients/" + row.clientId() + "/consents/new";
            case EPISODE -> episode;
            case INTERVENTION_START -> episode + "/interventions/" + idOf(intervention) + "/start";
            case INTERVENTION_OFFER -> episode + "/interventions/" + idOf(intervention) + "/offer";
            case INTERVENTION_END -> episode + "/interventions/" + idOf(intervention) + "/end";
        };
    }

    private static String idOf(ExtractRow.@Nullable Intervention intervention) {
        return intervention == null ? "" : intervention.id().toString();
    }
}
