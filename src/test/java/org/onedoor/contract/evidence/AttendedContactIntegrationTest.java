package org.onedoor.contract.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.client.ClientRegistry;
import org.onedoor.contract.runs.RecordedTreatment;
import org.onedoor.partnership.Directory;
import org.onedoor.security.CurrentUsers;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.treatment.TreatmentImport;
import org.onedoor.treatment.appointments.AppointmentImport;
import org.onedoor.treatment.appointments.AppointmentImport.ImportedAppointment;
import org.onedoor.treatment.appointments.AppointmentKind;
import org.onedoor.treatment.appointments.AppointmentStatus;
import org.onedoor.treatment.groupwork.AttendanceStatus;
import org.onedoor.treatment.groupwork.GroupWorkImport;
import org.onedoor.treatment.groupwork.GroupWorkImport.ImportedProgramme;
import org.onedoor.treatment.groupwork.GroupWorkImport.ImportedSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ATTENDED_CONTACT counting rule over treatment recorded in OneDoor: appointments attended, not attended and
 * cancelled, and a group programme's registers, across April to July 2018 at one new GP practice.
 */
@IntegrationTest
class AttendedContactIntegrationTest {

    private static final LocalDate AS_OF = LocalDate.of(2018, 7, 20);
    private static final YearMonth APRIL = YearMonth.of(2018, 4);
    private static final YearMonth JULY = YearMonth.of(2018, 7);

    @Autowired
    EvidenceSnapshots snapshots;

    @Autowired
    EvidenceReader reader;

    @Autowired
    Directory directory;

    @Autowired
    ClientRegistry registry;

    @Autowired
    TreatmentImport treatment;

    @Autowired
    AppointmentImport appointments;

    @Autowired
    GroupWorkImport groupWork;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EvidenceKeys keys;

    RecordedTreatment recorded;
    EvidenceOptions anyDay;
    EvidenceOptions attended;

    @BeforeEach
    void practice() {
        recorded = new RecordedTreatment(directory, registry, treatment, currentUsers);
        anyDay = EvidenceOptions.defaults().atPractices(Set.of(recorded.practiceCode));
        attended = anyDay.counting(CountingRule.ATTENDED_CONTACT, 1);
    }

    @Test
    void countsClientsWithAnAttendedContactInAnOpenInterventionAndFreezesTheContactsInTheSnapshot() {
        // Stays open from 3 April: attended 10 April, did not attend and cancelled in May, attended 5 June and 18 July.
        UUID staying = recorded.client("2018-04-03", null, null);
        // Open 15 April to 30 June: attended an assessment on 2 April (before the start), the group on 15 May
        // (counts), missed it on 12 June, and attended it on 3 July (after the end).
        UUID ending = recorded.client("2018-04-15", "2018-06-30", "80");
        // Open from 1 May: attended on 3 May and the group on 15 May (one client-month), then on 30 July (after
        // the as-of day).
        UUID joining = recorded.client("2018-05-01", null, null);
        appointments(
                appointment(staying, "2018-04-10", AppointmentStatus.ATTENDED),
                appointment(staying, "2018-05-08", AppointmentStatus.DID_NOT_ATTEND),
                appointment(staying, "2018-05-20", AppointmentStatus.CANCELLED),
                appointment(staying, "2018-06-05", AppointmentStatus.ATTENDED),
                appointment(staying, "2018-07-18", AppointmentStatus.ATTENDED),
                appointment(ending, "2018-04-02", AppointmentStatus.ATTENDED),
                appointment(joining, "2018-05-03", AppointmentStatus.ATTENDED),
                appointment(joining, "2018-07-30", AppointmentStatus.ATTENDED));
        group(
                Map.of(ending, LocalDate.of(2018, 4, 15), joining, LocalDate.of(2018, 5, 1)),
                session("2018-05-15", Map.of(ending, AttendanceStatus.ATTENDED, joining, AttendanceStatus.ATTENDED)),
                session("2018-06-12", Map.of(ending, AttendanceStatus.DID_NOT_ATTEND)),
                session("2018-07-03", Map.of(ending, AttendanceStatus.ATTENDED)));

        EvidenceSnapshot snapshot = snapshots.takeFromRecords(AS_OF, "Attended contacts to 20 July 2018");

        assertThat(clients(snapshot, anyDay)).containsExactly(2, 3, 3, 2);
        assertThat(clients(snapshot, attended)).containsExactly(1, 2, 1, 1);
        assertThat(reader.clientMonthsByPractice(snapshot.id(), APRIL, JULY, attended)
                        .get(recorded.practiceCode))
                .extracting(ClientMonths::clients)
                .containsExactly(1, 2, 1, 1);
        CountedClients may = reader.countedClients(snapshot.id(), APRIL.plusMonths(1), attended, 0, 100);
        assertThat(may.keys())
                .as("the clients behind May's count, in key order")
                .containsExactlyElementsOf(java.util.stream.Stream.of(key(ending), key(joining))
                        .sorted()
                        .toList());
        CountedClients firstTwo = reader.countedClients(snapshot.id(), APRIL.plusMonths(1), anyDay, 0, 2);
        assertThat(firstTwo.total()).isEqualTo(3);
        assertThat(firstTwo.keys()).hasSize(2);
        assertThat(firstTwo.hasNext()).isTrue();
        assertThat(reader.countedClients(snapshot.id(), APRIL.plusMonths(1), anyDay, 2, 2)
                        .keys())
                .hasSize(1);
        assertThat(contacts(snapshot, staying, ending, joining))
                .containsExactlyInAnyOrder(
                        key(staying) + "|2018-04-10|APPOINTMENT|"
                                + keys.episodeKey(recorded.episode(staying).toString()),
                        key(staying) + "|2018-06-05|APPOINTMENT|"
                                + keys.episodeKey(recorded.episode(staying).toString()),
                        key(staying) + "|2018-07-18|APPOINTMENT|"
                                + keys.episodeKey(recorded.episode(staying).toString()),
                        key(ending) + "|2018-04-02|APPOINTMENT|"
                                + keys.episodeKey(recorded.episode(ending).toString()),
                        key(ending) + "|2018-05-15|GROUP_SESSION|null",
                        key(ending) + "|2018-07-03|GROUP_SESSION|null",
                        key(joining) + "|2018-05-03|APPOINTMENT|"
                                + keys.episodeKey(recorded.episode(joining).toString()),
                        key(joining) + "|2018-05-15|GROUP_SESSION|null");

        appointments(appointment(ending, "2018-06-20", AppointmentStatus.ATTENDED));

        assertThat(clients(snapshot, attended)).as("the snapshot is frozen").containsExactly(1, 2, 1, 1);
        EvidenceSnapshot retaken = snapshots.takeFromRecords(AS_OF, "Attended contacts, retaken");
        assertThat(clients(retaken, attended)).containsExactly(1, 2, 2, 1);
    }

    private List<Integer> clients(EvidenceSnapshot snapshot, EvidenceOptions options) {
        return reader.read(snapshot.id(), APRIL, JULY, options).clientMonths().stream()
                .map(ClientMonths::clients)
                .toList();
    }

    private List<String> contacts(EvidenceSnapshot snapshot, UUID... clients) {
        List<String> keys = new ArrayList<>();
        for (UUID client : clients) {
            keys.add(key(client));
        }
        return jdbc.sql("""
                select client_key, contact_on, contact_type, episode_key from contract_evidence_contact
                 where snapshot_id = :id and client_key in (:keys)
                """)
                .param("id", snapshot.id())
                .param("keys", keys)
                .query((rs, n) -> String.join(
                        "|",
                        rs.getString(1),
                        rs.getObject(2, LocalDate.class).toString(),
                        rs.getString(3),
                        String.valueOf(rs.getString(4))))
                .list();
    }

    private String key(UUID client) {
        return keys.clientKey(client.toString());
    }

    private ImportedAppointment appointment(UUID client, String day, AppointmentStatus status) {
        boolean cancelled = status == AppointmentStatus.CANCELLED;
        @Nullable String reason = status == AppointmentStatus.DID_NOT_ATTEND ? "NO_CONTACT" : null;
        return new ImportedAppointment(
                recorded.episode(client),
                client,
                "runs-worker",
                LocalDate.parse(day).atTime(10, 30),
                45,
                AppointmentKind.ONE_TO_ONE,
                status,
                reason,
                cancelled ? "CLIENT" : null,
                cancelled ? "Moved house" : null,
                null);
    }

    private void appointments(ImportedAppointment... booked) {
        currentUsers.actingAs(recorded.admin(), () -> appointments.importAppointments(List.of(booked), List.of()));
    }

    private ImportedSession session(String day, Map<UUID, AttendanceStatus> register) {
        return new ImportedSession(
                LocalDateTime.parse(day + "T14:00"), 90, 12, recorded.practice, null, "Alex Facilitator", register);
    }

    private void group(Map<UUID, LocalDate> enrolled, ImportedSession... sessions) {
        currentUsers.actingAs(
                recorded.admin(),
                () -> groupWork.importProgrammes(List.of(new ImportedProgramme(
                        "Drink less, live more",
                        null,
                        "PSYCHOSOCIAL",
                        null,
                        recorded.lead,
                        List.of(sessions),
                        enrolled))));
    }
}
