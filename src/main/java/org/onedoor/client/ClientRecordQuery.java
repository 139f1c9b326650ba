package org.onedoor.client;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.ContactDetails;
import org.onedoor.shared.Sex;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the parts of a client record. Callers have already been allowed access and filter sealed entries. */
@Component
public class ClientRecordQuery {

    private final JdbcClient jdbc;

    ClientRecordQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ClientIdentity> identity(UUID clientId) {
        return jdbc.sql("""
                select c.*, g.label gender_label, e.label ethnicity_label, a.label accommodation_label,
                       o.name practice_name, o.ods_code practice_ods
                  from client c
                  left join client_gender_identity g on g.code = c.gender_identity
                  left join client_ethnicity e on e.code = c.ethnicity
                  left join client_accommodation a on a.code = c.accommodation
                  left join report_organisation o on o.organisation_id = c.gp_practice_id
                 where c.id = ?
                """).param(clientId).query((rs, n) -> identity(rs)).optional();
    }

    public Optional<UUID> byReference(String reference) {
        return jdbc.sql("select id from client where reference = ?")
                .param(reference)
                .query(UUID.class)
                .optional();
    }

    public List<CareTeamMember> careTeam(UUID clientId) {
        return jdbc.sql("""
                select t.id, t.organisation_id, o.name, t.team_role, t.worker_username, t.worker_name, t.started_on,
                       t.ended_on, t.end_reason
                  from client_care_team t join report_organisation o on o.organisation_id = t.organisation_id
                 where t.client_id = ?
                 order by case when t.ended_on is null then 0 else 1 end, t.started_on desc, o.name
                """)
                .param(clientId)
                .query((rs, n) -> new CareTeamMember(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        CareTeamRole.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class),
                        rs.getString(9)))
                .list();
    }

    /** Every consent decision, newest first, each marked whether it is the one in force for its purpose. */
    List<ConsentEntry> consents(UUID clientId) {
        return jdbc.sql("""
                select k.*, case when row_number() over (partition by k.purpose
                                         order by k.decided_on desc, k.recorded_at desc, k.id) = 1
                                 then true else false end in_force
                  from client_consent k
                 where k.client_id = ? and k.voided_at is null
                 order by k.decided_on desc, k.recorded_at desc
                """)
                .param(clientId)
                .query((rs, n) -> ConsentEntry.read(rs))
                .list();
    }

    /** Alerts not voided, sealed ones included: the caller filters by role. */
    public List<AlertEntry> alerts(UUID clientId) {
        return jdbc.sql("""
                select id, category, description, raised_on, sealed_as, created_by from client_alert
                 where client_id = ? and voided_at is null order by raised_on desc, created_at desc
                """)
                .param(clientId)
                .query((rs, n) -> new AlertEntry(
                        rs.getObject(1, UUID.class),
                        AlertCategory.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        sealed(rs.getString(5)),
                        rs.getString(6)))
                .list();
    }

    List<SubstanceEntry> substances(UUID clientId) {
        return jdbc.sql("""
                select rank, substance, label, recorded_on from client_substance
                 where client_id = ? and voided_at is null order by rank, recorded_on desc
                """)
                .param(clientId)
                .query((rs, n) -> new SubstanceEntry(
                        rs.getInt(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class)))
                .list();
    }

    private static ClientIdentity identity(ResultSet rs) throws SQLException {
        return new ClientIdentity(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                rs.getString("legal_given_name"),
                rs.getString("legal_family_name"),
                rs.getString("preferred_name"),
                rs.getObject("date_of_birth", LocalDate.class),
                Sex.valueOf(rs.getString("sex")),
                rs.getString("gender_identity"),
                rs.getString("gender_label"),
                rs.getString("nhs_number"),
                rs.getString("ethnicity"),
                rs.getString("ethnicity_label"),
                rs.getString("postcode"),
                rs.getString("accommodation"),
                rs.getString("accommodation_label"),
                rs.getString("address"),
                new ContactDetails(
                        rs.getString("telephone"),
                        rs.getString("email"),
                        rs.getBoolean("may_text"),
                        rs.getBoolean("may_voicemail"),
                        rs.getBoolean("may_write")),
                rs.getString("safe_contact_notes"),
                rs.getObject("gp_practice_id", UUID.class),
                rs.getString("practice_name"),
                rs.getString("practice_ods"),
                mergedInto(rs.getObject("merged_into", UUID.class)),
                DbTime.instantOrNull(rs, "voided_at"),
                rs.getString("void_reason"),
                rs.getInt("version"));
    }

    private static @Nullable ClientId mergedInto(@Nullable UUID survivor) {
        return survivor == null ? null : new ClientId(survivor);
    }

    public static @Nullable SealedCategory sealed(@Nullable String code) {
        return code == null ? null : SealedCategory.valueOf(code);
    }
}
