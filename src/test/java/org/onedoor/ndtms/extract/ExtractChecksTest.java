package org.onedoor.ndtms.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.ndtms.extract.ExtractRows.d;
import static org.onedoor.ndtms.extract.ExtractRows.good;
import static org.onedoor.ndtms.extract.ExtractRows.intervention;
import static org.onedoor.ndtms.extract.ExtractRows.row;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractChecksTest {

    @Test
    void findsNothingWrongWithARecordInNdtmsOrder() {
        assertThat(ExtractChecks.of(good(), "2")).isEmpty();
    }

    @Test
    void reportsAMissingConsentDecisionAsAnErrorLinkedToTheConsentPage() {
        List<ExtractProblem> problems = ExtractChecks.of(
                row(null, LocalDate.of(1980, 2, 3), "Ann", "Lee", intervention(null, null, null)), "2");
        assertThat(problems).extracting(ExtractProblem::code).containsExactly("NDTMS-E007");
        ExtractProblem problem = problems.get(0);
        assertThat(problem.error()).isTrue();
        assertThat(problem.field()).isEqualTo("CONSENT");
        assertThat(problem.link()).isEqualTo("/clients/" + ExtractRows.CLIENT + "/consents/new");
        assertThat(problem.message())
                .isEqualTo("No NDTMS consent decision is recorded: ask the client and record yes or no");
    }

    @Test
    void checksNothingElseOnceConsentIsRefusedSinceNothingElseIsSent() {
        assertThat(ExtractChecks.of(row("N", LocalDate.of(2010, 1, 1), "", "", null), null))
                .isEmpty();
    }

    @Test
    void listsEveryProblemOfARecordAtOnce() {
        ExtractRow bad = new ExtractRow(
                ExtractRows.CLIENT,
                "C100001",
                "123",
                "'",
                LocalDate.of(1900, 1, 1),
                "NOT_STATED",
                null,
                null,
                null,
                null,
                null,
                "N0852",
                ExtractRows.EPISODE,
                d(5, 3),
                null,
                d(5, 1),
                null,
                d(9, 1),
                null,
                List.of(new ExtractRow.Substance("KETAMINE", null), new ExtractRow.Substance("NPS", null)),
                new ExtractRow.Intervention(
                        ExtractRows.INTERVENTION, "NEW_KIND", null, null, d(5, 3), d(5, 2), d(5, 1), null, "A"));
        assertThat(ExtractChecks.of(bad, null))
                .extracting(ExtractProblem::code)
                .containsExactly(
                        "NDTMS-E001",
                        "NDTMS-E002",
                        "NDTMS-E003",
                        "NDTMS-E006",
                        "NDTMS-E007",
                        "NDTMS-E008",
                        "NDTMS-W001",
                        "NDTMS-E009",
                        "NDTMS-W002",
                        "NDTMS-E019",
                        "NDTMS-E011",
                        "NDTMS-E012",
                        "NDTMS-E013",
                        "NDTMS-E014",
                        "NDTMS-E016",
                        "NDTMS-E017");
    }

    @Test
    void holdsBackAClientUnder18AtReferralButNotOneWho18ThatDay() {
        LocalDate referred = d(5, 1);
        assertThat(ExtractChecks.of(row("Y", referred.minusYears(18).plusDays(1), "A", "B", null), "2"))
                .extracting(ExtractProblem::code, ExtractProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "NDTMS-E004",
                        "The client was 17 when referred: the adult extract is for people aged 18 or over"));
        assertThat(ExtractChecks.of(row("Y", referred.minusYears(18), "A", "B", null), "2"))
                .isEmpty();
    }

    @Test
    void refusesABirthAfterTheReferral() {
        assertThat(ExtractChecks.of(row("Y", d(6, 1), "A", "B", null), "2"))
                .extracting(ExtractProblem::code)
                .containsExactly("NDTMS-E005");
    }

    @Test
    void refusesAnEndBeforeTheStartAndADischargeBeforeTheEndLinkingToTheInterventionEnd() {
        ExtractRow ended = row("Y", LocalDate.of(1980, 1, 1), "A", "B", intervention(d(6, 1), d(5, 20), "A"));
        ExtractRow discharged = new ExtractRow(
                ended.clientId(),
                ended.clientReference(),
                "A",
                "B",
                ended.dateOfBirth(),
                "MALE",
                null,
                null,
                null,
                null,
                "Y",
                "N0852",
                ended.episodeId(),
                ended.referredOn(),
                "4",
                ended.triagedOn(),
                ended.carePlanStartedOn(),
                d(5, 15),
                "80",
                ended.substances(),
                ended.intervention());
        List<ExtractProblem> problems = ExtractChecks.of(discharged, "1");
        assertThat(problems).extracting(ExtractProblem::code).containsExactly("NDTMS-E015", "NDTMS-E018");
        assertThat(problems.get(0).link())
                .isEqualTo("/episodes/" + ExtractRows.EPISODE + "/interventions/" + ExtractRows.INTERVENTION + "/end");
        assertThat(problems.get(1).link()).isEqualTo("/episodes/" + ExtractRows.EPISODE);
    }

    @Test
    void refusesASecondSubstanceThatRepeatsTheFirst() {
        ExtractRow base = good();
        ExtractRow repeated = new ExtractRow(
                base.clientId(),
                base.clientReference(),
                base.givenName(),
                base.familyName(),
                base.dateOfBirth(),
                base.sex(),
                base.ethnicity(),
                base.postcode(),
                base.accommodation(),
                base.practiceCode(),
                base.consent(),
                base.agencyCode(),
                base.episodeId(),
                base.referredOn(),
                base.referralSource(),
                base.triagedOn(),
                base.carePlanStartedOn(),
                null,
                null,
                List.of(new ExtractRow.Substance("HEROIN", "1011"), new ExtractRow.Substance("HEROIN_2", "1011")),
                base.intervention());
        assertThat(ExtractChecks.of(repeated, "2"))
                .extracting(ExtractProblem::code, ExtractProblem::error)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NDTMS-E010", true));
    }

    @Test
    void everyRuleHasItsMessage() {
        for (ExtractRule rule : ExtractRule.values()) {
            assertThat(org.onedoor.shared.Messages.has(rule.messageKey()))
                    .as(rule.code())
                    .isTrue();
        }
    }
}
