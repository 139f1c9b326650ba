package org.onedoor.treatment.family;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onedoor.shared.ResultPage;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads concerned others and their sessions (voided ones are left out). */
final class FamilyQueries {

    private static final String COLUMNS = """
            select o.id, o.given_name, o.family_name, o.relationship, o.telephone, o.email, o.address,
                   o.consents_to_contact, o.consents_to_share, o.consent_recorded_on, o.client_id
              from treatment_concerned_other o
             where o.voided_at is null and\s""";

    private FamilyQueries() {}

    static List<ConcernedOther> ofOrganisation(JdbcClient jdbc, UUID organisationId, int page, int size) {
        return jdbc.sql(COLUMNS + "o.organisation_id = ? order by o.family_name, o.given_name, o.id limit ? offset ?")
                .params(organisationId, size, ResultPage.offset(page, size))
                .query(FamilyQueries::other)
                .list();
    }

    static long countOfOrganisation(JdbcClient jdbc, UUID organisationId) {
        return jdbc.sql("""
                select count(*) from treatment_concerned_other where voided_at is null and organisation_id = ?
                """).param(organisationId).query(Long.class).single();
    }

    static List<ConcernedOther> ofClient(JdbcClient jdbc, UUID clientId, UUID organisationId) {
        return jdbc.sql(COLUMNS
                        + "o.client_id = ? and o.organisation_id = ? order by o.family_name, o.given_name, o.id")
                .params(clientId, organisationId)
                .query(FamilyQueries::other)
                .list();
    }

    static Optional<ConcernedOther> one(JdbcClient jdbc, UUID id, UUID organisationId) {
        return jdbc.sql(COLUMNS + "o.id = ? and o.organisation_id = ?")
                .params(id, organisationId)
                .query(FamilyQueries::other)
                .optional()
                .map(o -> new ConcernedOther(
                        o.id(),
                        o.name(),
                        o.relationship(),
                        o.telephone(),
                        o.email(),
                        o.address(),
                        o.consentsToContact(),
                        o.consentsToShare(),
                        o.consentRecordedOn(),
                        o.clientId(),
                        sessions(jdbc, id)));
    }

    private static List<ConcernedOther.Session> sessions(JdbcClient jdbc, UUID id) {
        return jdbc.sql("""
                select id, held_on, worker_name, kind, notes from treatment_family_session
                 where concerned_other_id = ? and voided_at is null
                 order by held_on desc, created_at desc
                """)
                .param(id)
                .query((rs, n) -> new ConcernedOther.Session(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        SessionKind.valueOf(rs.getString(4)),
                        rs.getString(5)))
                .list();
    }

    private static ConcernedOther other(ResultSet rs, int row) throws SQLException {
        return new ConcernedOther(
                rs.getObject(1, UUID.class),
                rs.getString(2) + " " + rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getBoolean(8),
                rs.getBoolean(9),
                rs.getObject(10, LocalDate.class),
                rs.getObject(11, UUID.class),
                List.of());
    }
}
