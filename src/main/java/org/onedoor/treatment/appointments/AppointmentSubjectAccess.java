package org.onedoor.treatment.appointments;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.onedoor.client.spi.SubjectAccessFields;
import org.onedoor.client.spi.SubjectAccessItem;
import org.onedoor.client.spi.SubjectAccessSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Appointments and contacts in a client's subject-access export, voided ones marked; oldest first. */
@Component
class AppointmentSubjectAccess implements SubjectAccessSection {

    private final JdbcClient jdbc;

    AppointmentSubjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String title() {
        return "Appointments and contacts";
    }

    @Override
    public Set<String> tables() {
        return Set.of("treatment_appointment");
    }

    @Override
    public List<SubjectAccessItem> items(Set<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select a.starts_at, a.duration_minutes, a.kind, a.status, d.label dna_label, a.cancelled_by,
                       a.cancellation_reason, a.contact_note, a.keyworker_username, a.voided_at, a.void_reason
                  from treatment_appointment a
                  left join treatment_dna_reason d on d.code = a.dna_reason
                 where a.client_id in (:clients)
                 order by a.starts_at, a.id
                """)
                .param("clients", clientIds)
                .query((rs, n) -> SubjectAccessFields.of(rs)
                        .put("Length", rs.getInt("duration_minutes") + " minutes")
                        .put(
                                "Kind",
                                AppointmentKind.valueOf(rs.getString("kind")).label())
                        .put(
                                "Status",
                                AppointmentStatus.valueOf(rs.getString("status"))
                                        .label())
                        .text("Reason for not attending", "dna_label")
                        .put(
                                "Cancelled by",
                                rs.getString("cancelled_by") == null
                                        ? null
                                        : "CLIENT".equals(rs.getString("cancelled_by")) ? "You" : "The service")
                        .text("Reason for cancelling", "cancellation_reason")
                        .text("Note of the contact", "contact_note")
                        .text("With", "keyworker_username")
                        .voided()
                        .item("Appointment on " + SubjectAccessFields.moment(rs, "starts_at")))
                .list();
    }
}
