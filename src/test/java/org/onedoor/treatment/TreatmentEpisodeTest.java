package org.onedoor.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onedoor.treatment.EpisodeStateBuilder.anEpisode;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.FieldProblems;

class TreatmentEpisodeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final UUID PROVIDER = UUID.randomUUID();

    private static TreatmentEpisode opened(LocalDate referred, LocalDate triaged) {
        return TreatmentEpisode.open(
                anEpisode()
                        .provider(PROVIDER)
                        .referredOn(referred)
                        .triagedOn(triaged)
                        .build(),
                TODAY);
    }

    @Test
    void refusesTriageBeforeReferralAndDatesInTheFutureTogether() {
        assertThatThrownBy(() -> TreatmentEpisode.open(
                        anEpisode()
                                .referredOn(LocalDate.of(2026, 12, 5))
                                .triagedOn(LocalDate.of(2026, 12, 2))
                                .build(),
                        TODAY))
                .isInstanceOfSatisfying(
                        FieldProblems.class,
                        problems -> assertThat(problems.problems())
                                .extracting(DomainRuleViolation.FieldProblem::code)
                                .containsExactly("DATE_IN_FUTURE", "DATE_IN_FUTURE", "TRIAGE_BEFORE_REFERRAL"));
    }

    @Test
    void refusesAnInterventionStartBeforeItsReferralAndAnEndBeforeItsStart() {
        TreatmentEpisode episode = opened(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 3));
        Intervention intervention =
                episode.refer("PSYCHOSOCIAL", "COMMUNITY", PROVIDER, LocalDate.of(2026, 10, 5), TODAY);
        assertThatThrownBy(() -> episode.start(intervention.id(), LocalDate.of(2026, 10, 4), TODAY))
                .hasMessageContaining("cannot start before the client was referred to it (5 October 2026)");
        episode.start(intervention.id(), LocalDate.of(2026, 10, 10), TODAY);
        assertThatThrownBy(() -> episode.end(intervention.id(), LocalDate.of(2026, 10, 9), "A", "C", TODAY))
                .hasMessageContaining("cannot end before it started (10 October 2026)");
    }

    @Test
    void refusesDischargeWithAnOpenInterventionOrBeforeTheLastEnd() {
        TreatmentEpisode episode = opened(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 3));
        Intervention intervention =
                episode.refer("PSYCHOSOCIAL", "COMMUNITY", PROVIDER, LocalDate.of(2026, 10, 5), TODAY);
        episode.start(intervention.id(), LocalDate.of(2026, 10, 10), TODAY);
        assertThatThrownBy(() ->
                        episode.discharge("81", OutcomeClass.SUCCESSFUL, LocalDate.of(2026, 11, 30), null, null, TODAY))
                .hasMessageContaining("End every intervention before discharge: 1 is still open");
        episode.end(intervention.id(), LocalDate.of(2026, 11, 20), "A", "C", TODAY);
        assertThatThrownBy(() ->
                        episode.discharge("81", OutcomeClass.SUCCESSFUL, LocalDate.of(2026, 11, 19), null, null, TODAY))
                .hasMessageContaining("before the last intervention ended (20 November 2026)");
        episode.discharge("81", OutcomeClass.SUCCESSFUL, LocalDate.of(2026, 11, 20), null, null, TODAY);
        assertThat(episode.state().open()).isFalse();
    }

    @Test
    void endsAnInterventionThatNeverStartedOnlyAsWithdrawn() {
        TreatmentEpisode episode = opened(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 3));
        Intervention intervention =
                episode.refer("RECOVERY_SUPPORT", "COMMUNITY", PROVIDER, LocalDate.of(2026, 10, 5), TODAY);
        assertThatThrownBy(() -> episode.end(intervention.id(), LocalDate.of(2026, 10, 9), "A", "C", TODAY))
                .hasMessageContaining("never started can only end as withdrawn");
        episode.end(intervention.id(), LocalDate.of(2026, 10, 9), "C", "C", TODAY);
        assertThat(episode.interventions().get(0).isOpen()).isFalse();
    }

    @Test
    void aTransferNeedsAnotherProvider() {
        TreatmentEpisode episode = opened(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 3));
        assertThatThrownBy(() -> episode.discharge(
                        "83", OutcomeClass.TRANSFER, LocalDate.of(2026, 11, 1), null, PROVIDER, TODAY))
                .hasMessageContaining("Choose the provider the client is transferring to");
    }

    @Test
    void aClosedEpisodeNoLongerChanges() {
        TreatmentEpisode episode = opened(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 3));
        episode.discharge("85", OutcomeClass.UNSUCCESSFUL, LocalDate.of(2026, 11, 1), null, null, TODAY);
        assertThatThrownBy(() -> episode.refer("PSYCHOSOCIAL", "COMMUNITY", PROVIDER, LocalDate.of(2026, 11, 2), TODAY))
                .hasMessageContaining("was discharged on 1 November 2026");
    }
}
