package org.onedoor.treatment.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.audittrail.AuditSubject;
import org.onedoor.client.AccessDecision;

/** How a clinical change is described before ClinicalChanges writes it. */
class ClinicalChangeTest {

    private static final AccessDecision CARE_TEAM = new AccessDecision(true, "Care team", null, null, false);

    @Test
    void auditsTheClientUnderTheBasisOfAccessAndShowsTheSameWordsOnTheTimeline() {
        UUID client = UUID.randomUUID();
        UUID course = UUID.randomUUID();
        ClinicalChange change = ClinicalChange.of(AccessAction.CREATE, client, CARE_TEAM, "Prescribing started")
                .onTimeline("PRESCRIBING", LocalDate.of(2026, 12, 1), "PRESCRIBING_COURSE", course)
                .publishing("event");
        assertThat(change.subject()).isEqualTo(AuditSubject.of("CLIENT", client));
        assertThat(change.purpose()).isEqualTo("Care team");
        assertThat(change.timeline().summary()).isEqualTo("Prescribing started");
        assertThat(change.timeline().sourceId()).isEqualTo(course);
        assertThat(change.event()).isEqualTo("event");
    }

    @Test
    void aChangeWithoutAClientNeverGoesOnATimeline() {
        ClinicalChange anonymous = ClinicalChange.about(
                AccessAction.CREATE, AuditSubject.of("NSP_VISIT", UUID.randomUUID()), null, "Anonymous visit");
        assertThatThrownBy(() -> anonymous.onTimeline("HARM_REDUCTION", LocalDate.of(2026, 12, 1), "NSP_VISIT", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
