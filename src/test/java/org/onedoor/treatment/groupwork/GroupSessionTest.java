package org.onedoor.treatment.groupwork;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of a session's register, with no database. */
class GroupSessionTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 10, 0);
    private static final UUID ANN = UUID.randomUUID();
    private static final UUID BEN = UUID.randomUUID();

    @Test
    void takesTheRegisterOnceTheSessionHasStarted() {
        GroupSession session = new GroupSession(UUID.randomUUID(), "Relapse prevention", NOW.plusMinutes(1), 2);
        assertThatThrownBy(() -> session.checkRegister(Map.of(ANN, AttendanceStatus.ATTENDED), NOW))
                .hasMessageStartingWith("Attendance can be recorded once the session has started");
        assertThatCode(() -> session.checkRegister(Map.of(ANN, AttendanceStatus.ATTENDED), NOW.plusMinutes(1)))
                .doesNotThrowAnyException();
    }

    @Test
    void marksNoMoreAttendingThanThePlaces() {
        GroupSession session = new GroupSession(UUID.randomUUID(), "Relapse prevention", NOW, 1);
        assertThatThrownBy(() -> session.checkRegister(
                        Map.of(ANN, AttendanceStatus.ATTENDED, BEN, AttendanceStatus.ATTENDED), NOW))
                .hasMessage("This session is full: 2 marked as attended but it has 1 places");
        assertThatCode(() -> session.checkRegister(
                        Map.of(ANN, AttendanceStatus.ATTENDED, BEN, AttendanceStatus.DID_NOT_ATTEND), NOW))
                .doesNotThrowAnyException();
    }

    @Test
    void putsOnlyEnrolledClientsOnTheRegister() {
        GroupSession session = new GroupSession(UUID.randomUUID(), "Relapse prevention", NOW, 10);
        assertThatCode(() -> session.requireEnrolled(Set.of(ANN), ANN)).doesNotThrowAnyException();
        assertThatThrownBy(() -> session.requireEnrolled(Set.of(ANN), BEN))
                .hasMessage("Only clients enrolled in Relapse prevention can be on its register");
    }
}
