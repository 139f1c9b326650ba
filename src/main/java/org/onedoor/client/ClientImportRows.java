package org.onedoor.client;

import static org.onedoor.shared.Text.tidy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.jdbc.BatchInsert;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** The rows of one {@link ClientImport} batch, table by table, written as one batched insert per table. */
final class ClientImportRows {

    private static final String[] CLIENT_COLUMNS = {
        "givenName",
        "familyName",
        "preferredName",
        "dateOfBirth",
        "sex",
        "genderIdentity",
        "nhsNumber",
        "ethnicity",
        "postcode",
        "accommodation",
        "address",
        "telephone",
        "email",
        "mayText",
        "mayVoicemail",
        "mayWrite",
        "safeContactNotes",
        "gpPracticeId",
        "searchFamily",
        "searchFamily3",
        "searchGiven"
    };

    private final String by;
    private final OffsetDateTime at;
    private final List<Object[]> clients = new ArrayList<>();
    private final List<Object[]> history = new ArrayList<>();
    private final List<Object[]> careTeam = new ArrayList<>();
    private final List<Object[]> consents = new ArrayList<>();
    private final List<Object[]> substances = new ArrayList<>();
    private final List<Object[]> alerts = new ArrayList<>();
    private final List<Object[]> timeline = new ArrayList<>();

    ClientImportRows(String by, OffsetDateTime at) {
        this.by = by;
        this.at = at;
    }

    UUID add(ImportedClient client, String reference) {
        UUID id = UUID.randomUUID();
        NewClient identity = client.identity();
        String nhsNumber =
                tidy(identity.nhsNumber()) == null ? null : identity.nhsNumber().replaceAll("\\s", "");
        MapSqlParameterSource params = ClientSql.params(identity, nhsNumber);
        List<Object> row = new ArrayList<>(List.of(id, reference));
        for (String column : CLIENT_COLUMNS) {
            row.add(params.getValue(column));
        }
        row.add(at);
        row.add(by);
        clients.add(row.toArray());
        history.add(new Object[] {
            UUID.randomUUID(), id, "REGISTERED", "Record opened by bulk import as " + reference, at, by
        });
        for (CareTeamMembership m : client.careTeam()) {
            careTeam(id, m, null, null);
        }
        for (ConsentRecord c : client.consents()) {
            consents.add(new Object[] {
                UUID.randomUUID(),
                id,
                id,
                c.purpose().name(),
                c.decision().name(),
                c.decidedOn(),
                c.method().name(),
                c.capacityAssessed(),
                c.reviewOn(),
                tidy(c.recipient()),
                tidy(c.notes()),
                at,
                by
            });
        }
        for (int i = 0; i < client.substances().size(); i++) {
            ProblemSubstances.Substance s = client.substances().get(i);
            substances.add(
                    new Object[] {UUID.randomUUID(), id, id, s.code(), s.label(), i + 1, client.substancesOn(), at, by
                    });
        }
        for (ImportedClient.Alert a : client.alerts()) {
            alerts.add(new Object[] {
                UUID.randomUUID(),
                id,
                id,
                a.category().name(),
                a.description().strip(),
                a.raisedOn(),
                a.sealedAs() == null ? null : a.sealedAs().name(),
                at,
                by
            });
        }
        for (ImportedClient.Event e : client.timeline()) {
            timeline(id, e);
        }
        return id;
    }

    /** A care-team entry for an existing client, ended already when {@code endedOn} is given. */
    void careTeam(UUID clientId, CareTeamMembership m, @Nullable LocalDate endedOn, @Nullable String endReason) {
        careTeam.add(new Object[] {
            UUID.randomUUID(),
            clientId,
            clientId,
            m.organisationId(),
            m.role().name(),
            m.workerUsername(),
            m.workerName(),
            m.from(),
            endedOn,
            endReason,
            m.sourceKind(),
            m.sourceId(),
            at,
            by
        });
    }

    /** A timeline entry for an existing client. */
    void timeline(UUID clientId, ImportedClient.Event e) {
        timeline.add(new Object[] {
            UUID.randomUUID(),
            clientId,
            clientId,
            e.occurredOn(),
            at,
            e.kind(),
            e.summary().length() > 500 ? e.summary().substring(0, 500) : e.summary(),
            e.detail(),
            e.sourceKind(),
            e.sourceId(),
            e.sealedAs() == null ? null : e.sealedAs().name(),
            by
        });
    }

    void write(JdbcTemplate jdbc) {
        batch(jdbc, """
                insert into client (id, reference, legal_given_name, legal_family_name, preferred_name, date_of_birth,
                    sex, gender_identity, nhs_number, ethnicity, postcode, accommodation, address, telephone, email,
                    may_text, may_voicemail, may_write, safe_contact_notes, gp_practice_id, search_family,
                    search_family3, search_given, version, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
                """, clients);
        batch(jdbc, """
                insert into client_history (id, client_id, action, summary, changed_at, changed_by)
                values (?, ?, ?, ?, ?, ?)
                """, history);
        batch(jdbc, """
                insert into client_care_team (id, client_id, origin_client_id, organisation_id, team_role,
                    worker_username, worker_name, started_on, ended_on, end_reason, source_kind, source_id,
                    created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, careTeam);
        batch(jdbc, """
                insert into client_consent (id, client_id, origin_client_id, purpose, decision, decided_on, method,
                    capacity_assessed, review_on, recipient, notes, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, consents);
        batch(jdbc, ProblemSubstances.INSERT, substances);
        batch(jdbc, """
                insert into client_alert (id, client_id, origin_client_id, category, description, raised_on,
                    sealed_as, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, alerts);
        batch(jdbc, """
                insert into client_timeline (id, client_id, origin_client_id, occurred_on, recorded_at, kind, summary,
                    detail, source_kind, source_id, sealed_as, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, timeline);
    }

    private static void batch(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        BatchInsert.run(jdbc, sql, rows);
    }
}
