package org.onedoor.ndtms.extract;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.ConsentPurpose;
import org.onedoor.client.ConsentQuery;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The extract's one query: the agency's episodes open in the financial year up to the cut-off, each with its
 * interventions, over the report views of treatment ({@code report_episode}, {@code report_intervention},
 * {@code report_intervention_type}), client ({@code report_client_identifiers}, consent through
 * {@link ConsentQuery}), referral ({@code report_referral}, {@code report_referral_source}, {@code report_substance})
 * and partnership ({@code report_organisation}). Rows are handed on one at a time as the driver fetches them (a fetch
 * size, inside the caller's read-only transaction, so PostgreSQL uses a cursor): the result is never a list.
 */
@Component
class ExtractRowsQuery {

    static final int FETCH_SIZE = 1_000;

    private static final String SQL = """
            select c.client_id, c.reference, c.legal_given_name, c.legal_family_name, c.date_of_birth, c.sex,
                   c.ethnicity, c.postcode, c.accommodation, gp.ods_code as practice_code,
                   case when %s then 'Y' when %s then 'N' end as consent,
                   p.ods_code as agency_code, e.episode_id, e.referred_on, rs.ndtms_code as referral_source,
                   e.triaged_on,
                   case when e.care_plan_started_on <= :cutOff then e.care_plan_started_on end as care_plan_started_on,
                   case when e.discharged_on <= :cutOff then e.discharged_on end as discharged_on,
                   case when e.discharged_on <= :cutOff then e.discharge_reason end as discharge_reason,
                   e.substance_1, s1.ndtms_code as drug_1, e.substance_2, s2.ndtms_code as drug_2,
                   e.substance_3, s3.ndtms_code as drug_3,
                   i.intervention_id, i.intervention_type, it.ndtms_code as modal, d.ods_code as operating_agency,
                   i.referred_on as modality_referred_on,
                   case when i.first_offered_on <= :cutOff then i.first_offered_on end as first_offered_on,
                   case when i.started_on <= :cutOff then i.started_on end as started_on,
                   case when i.ended_on <= :cutOff then i.ended_on end as ended_on,
                   case when i.ended_on <= :cutOff then i.exit_status end as exit_status
              from report_episode e
              join report_client_identifiers c on c.client_id = e.client_key
              join report_organisation p on p.organisation_id = e.provider_id
              left join report_organisation gp on gp.organisation_id = c.gp_practice_id
              left join report_referral r on r.referral_id = e.referral_id
              left join report_referral_source rs on rs.code = r.source
              left join report_substance s1 on s1.code = e.substance_1
              left join report_substance s2 on s2.code = e.substance_2
              left join report_substance s3 on s3.code = e.substance_3
              left join report_intervention i on i.episode_id = e.episode_id and i.referred_on <= :cutOff
              left join report_intervention_type it on it.code = i.intervention_type
              left join report_organisation d on d.organisation_id = i.delivered_by
             where e.provider_id = :provider and e.triaged_on <= :cutOff
               and (e.discharged_on is null or e.discharged_on >= :yearStart)
             order by c.reference, e.triaged_on, e.episode_id, i.referred_on, i.intervention_id
            """.formatted(
                    ConsentQuery.ndtms("e.client_key"), ConsentQuery.answered(ConsentPurpose.NDTMS, "e.client_key"));

    private final JdbcClient jdbc;

    ExtractRowsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Hands each row to {@code each} as it is read; call inside a read-only transaction. */
    void forEach(UUID providerId, ExtractPeriod period, Consumer<ExtractRow> each) {
        jdbc.sql(SQL)
                .withFetchSize(FETCH_SIZE)
                .param("provider", providerId)
                .param("cutOff", period.cutOff())
                .param("yearStart", period.yearStart())
                .query((RowCallbackHandler) rs -> each.accept(row(rs)));
    }

    private static ExtractRow row(ResultSet rs) throws SQLException {
        List<ExtractRow.Substance> substances = new ArrayList<>(3);
        for (int n = 1; n <= 3; n++) {
            String code = rs.getString("substance_" + n);
            if (code != null) {
                substances.add(new ExtractRow.Substance(code, rs.getString("drug_" + n)));
            }
        }
        UUID interventionId = rs.getObject("intervention_id", UUID.class);
        ExtractRow.Intervention intervention = interventionId == null
                ? null
                : new ExtractRow.Intervention(
                        interventionId,
                        rs.getString("intervention_type"),
                        rs.getString("modal"),
                        rs.getString("operating_agency"),
                        date(rs, "modality_referred_on"),
                        date(rs, "first_offered_on"),
                        date(rs, "started_on"),
                        date(rs, "ended_on"),
                        rs.getString("exit_status"));
        return new ExtractRow(
                rs.getObject("client_id", UUID.class),
                rs.getString("reference"),
                rs.getString("legal_given_name"),
                rs.getString("legal_family_name"),
                date(rs, "date_of_birth"),
                rs.getString("sex"),
                rs.getString("ethnicity"),
                rs.getString("postcode"),
                rs.getString("accommodation"),
                rs.getString("practice_code"),
                rs.getString("consent"),
                rs.getString("agency_code"),
                rs.getObject("episode_id", UUID.class),
                date(rs, "referred_on"),
                rs.getString("referral_source"),
                date(rs, "triaged_on"),
                date(rs, "care_plan_started_on"),
                date(rs, "discharged_on"),
                rs.getString("discharge_reason"),
                substances,
                intervention);
    }

    private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
