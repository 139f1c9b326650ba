package org.onedoor.partnership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.ResultPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Searching, sorting and paging the directory in SQL, so counts and pages stay right at any size. */
@Component
class DirectoryQuery {

    private static final Map<String, String> ORGANISATION_ORDER = Map.of(
            "name",
            "lower(o.name)",
            "type",
            "o.organisation_type",
            "odsCode",
            "o.ods_code",
            "town",
            "lower(o.town)",
            "activeFrom",
            "o.active_from");
    private static final Map<String, String> STAFF_ORDER = Map.of(
            "name",
            "lower(s.family_name), lower(s.given_name)",
            "jobRole",
            "lower(s.job_role)",
            "organisation",
            "lower(o.name)",
            "activeFrom",
            "s.active_from");

    private static final String ORGANISATION_FILTER = """
              from organisation o
             where (:text = '' or lower(o.name) like :like or lower(coalesce(o.ods_code, '')) like :like
                    or lower(coalesce(o.town, '')) like :like or lower(coalesce(o.postcode, '')) like :like)
               and (:type = '' or o.organisation_type = :type)
               and (cast(:includeEnded as boolean) or o.active_to is null or o.active_to >= :asOf)
            """;

    private static final String STAFF_FILTER = """
              from staff_member s join organisation o on o.id = s.organisation_id
             where (:text = '' or lower(s.given_name || ' ' || s.family_name) like :like
                    or lower(s.job_role) like :like or lower(coalesce(s.registration_number, '')) like :like)
               and (cast(:organisationId as uuid) is null or s.organisation_id = cast(:organisationId as uuid))
               and (cast(:includeEnded as boolean) or s.active_to is null or s.active_to >= :asOf)
            """;

    private final JdbcClient jdbc;

    DirectoryQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every organisation active on the day (of one type, or all), by name: for choosing from, never paged. */
    List<OrganisationSummary> active(@Nullable OrganisationType type, LocalDate asOf) {
        return jdbc.sql("select o.* " + ORGANISATION_FILTER + " order by lower(o.name), o.id")
                .param("text", "")
                .param("like", "%")
                .param("type", type == null ? "" : type.name())
                .param("includeEnded", false)
                .param("asOf", asOf)
                .query((rs, n) -> organisation(rs))
                .list();
    }

    ResultPage<OrganisationSummary> organisations(OrganisationSearch search) {
        String text = search.text() == null ? "" : search.text().strip().toLowerCase();
        String type = search.type() == null ? "" : search.type().name();
        int size = ResultPage.clampSize(search.size());
        int page = Math.max(0, search.page());
        String order = ORGANISATION_ORDER.getOrDefault(search.sort(), ORGANISATION_ORDER.get("name"))
                + (search.descending() ? " desc" : " asc") + ", o.id";
        long total = jdbc.sql("select count(*) " + ORGANISATION_FILTER)
                .param("text", text)
                .param("like", "%" + text + "%")
                .param("type", type)
                .param("includeEnded", search.includeEnded())
                .param("asOf", search.asOf())
                .query(Long.class)
                .single();
        var items = jdbc.sql("select o.* " + ORGANISATION_FILTER + " order by " + order
                        + " offset :offset rows fetch next :size rows only")
                .param("text", text)
                .param("like", "%" + text + "%")
                .param("type", type)
                .param("includeEnded", search.includeEnded())
                .param("asOf", search.asOf())
                .param("offset", ResultPage.offset(page, size))
                .param("size", size)
                .query((rs, n) -> organisation(rs))
                .list();
        return new ResultPage<>(items, page, size, total);
    }

    ResultPage<StaffSummary> staff(StaffSearch search) {
        String text = search.text() == null ? "" : search.text().strip().toLowerCase();
        int size = ResultPage.clampSize(search.size());
        int page = Math.max(0, search.page());
        String order = STAFF_ORDER.getOrDefault(search.sort(), STAFF_ORDER.get("name"))
                + (search.descending() ? " desc" : " asc") + ", s.id";
        long total = jdbc.sql("select count(*) " + STAFF_FILTER)
                .param("text", text)
                .param("like", "%" + text + "%")
                .param("organisationId", search.organisationId())
                .param("includeEnded", search.includeEnded())
                .param("asOf", search.asOf())
                .query(Long.class)
                .single();
        var items = jdbc.sql("select s.*, o.name organisation_name " + STAFF_FILTER + " order by " + order
                        + " offset :offset rows fetch next :size rows only")
                .param("text", text)
                .param("like", "%" + text + "%")
                .param("organisationId", search.organisationId())
                .param("includeEnded", search.includeEnded())
                .param("asOf", search.asOf())
                .param("offset", ResultPage.offset(page, size))
                .param("size", size)
                .query((rs, n) -> staff(rs))
                .list();
        return new ResultPage<>(items, page, size, total);
    }

    java.util.Optional<StaffSummary> staffById(UUID id) {
        return jdbc.sql("""
                select s.*, o.name organisation_name
                  from staff_member s join organisation o on o.id = s.organisation_id where s.id = ?
                """).param(id).query((rs, n) -> staff(rs)).optional();
    }

    java.util.List<StaffSummary> staffOf(UUID organisationId) {
        return jdbc.sql("""
                select s.*, o.name organisation_name
                  from staff_member s join organisation o on o.id = s.organisation_id where s.organisation_id = ?
                """).param(organisationId).query((rs, n) -> staff(rs)).list();
    }

    static OrganisationSummary organisation(ResultSet rs) throws SQLException {
        return new OrganisationSummary(
                rs.getObject("id", UUID.class),
                OrganisationType.valueOf(rs.getString("organisation_type")),
                rs.getString("name"),
                rs.getString("ods_code"),
                (Integer) rs.getObject("list_size", Integer.class),
                rs.getString("address_line1"),
                rs.getString("address_line2"),
                rs.getString("town"),
                rs.getString("postcode"),
                rs.getString("telephone"),
                rs.getString("opening_notes"),
                rs.getString("accessibility"),
                rs.getObject("active_from", LocalDate.class),
                rs.getObject("active_to", LocalDate.class),
                rs.getInt("version"));
    }

    static StaffSummary staff(ResultSet rs) throws SQLException {
        return new StaffSummary(
                rs.getObject("id", UUID.class),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getString("job_role"),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("organisation_name"),
                rs.getString("email"),
                rs.getString("professional_body"),
                rs.getString("registration_number"),
                rs.getObject("active_from", LocalDate.class),
                rs.getObject("active_to", LocalDate.class),
                rs.getInt("version"));
    }
}
