package org.onedoor.partnership;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.ResultPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The partnership-wide menu matrix, one page of practices at a time: filtering, counting and paging happen in SQL,
 * so a national-scale directory costs the same per page as a local one.
 */
@Component
class MatrixQuery {

    private static final String SHOWN_OFFER = """
            exists (select 1 from practice_offer o
                     where o.practice_id = p.id and o.withdrawn_at is null
                       and o.effective_from <= :date and (o.effective_to is null or o.effective_to >= :date)
                       and (:intervention = '' or o.intervention = :intervention)
                       and (:group = '' or o.substance_group = :group))
            """;
    private static final String PRACTICES = """
              from organisation p
             where p.organisation_type = 'GP_PRACTICE' and p.active_from <= :date
               and (p.active_to is null or p.active_to >= :date)
               and (lower(p.name) like :like or lower(p.ods_code) like :like)
            """;

    private final JdbcClient jdbc;

    MatrixQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Filter(
            LocalDate date,
            @Nullable String practiceText,
            @Nullable String intervention,
            @Nullable String substanceGroup,
            boolean onlyOffering,
            int page,
            int size) {}

    /** Practices matching the filter, and how many of them offer something shown. */
    record Page(ResultPage<MenuMatrix.Row> rows, long offeringPractices) {}

    Page page(Filter filter) {
        String restriction = filter.onlyOffering() ? " and " + SHOWN_OFFER : "";
        long total = bind(jdbc.sql("select count(*) " + PRACTICES + restriction), filter)
                .query(Long.class)
                .single();
        long offering = bind(jdbc.sql("select count(*) " + PRACTICES + " and " + SHOWN_OFFER), filter)
                .query(Long.class)
                .single();
        int size = ResultPage.clampSize(filter.size());
        int page = Math.max(0, filter.page());
        Map<UUID, MenuMatrix.Row> rows = new LinkedHashMap<>();
        bind(
                        jdbc.sql("select p.id, p.ods_code, p.name " + PRACTICES + restriction
                                + " order by lower(p.name), p.id offset :offset rows fetch next :size rows only"),
                        filter)
                .param("offset", ResultPage.offset(page, size))
                .param("size", size)
                .query((rs, n) -> new MenuMatrix.Row(
                        rs.getObject("id", UUID.class),
                        rs.getString("ods_code"),
                        rs.getString("name"),
                        new LinkedHashMap<>()))
                .list()
                .forEach(row -> rows.put(row.practiceId(), row));
        if (!rows.isEmpty()) {
            bind(jdbc.sql(MenuQuery.IN_FORCE + """
                             and o.practice_id in (:ids)
                             and (:intervention = '' or o.intervention = :intervention)
                             and (:group = '' or o.substance_group = :group)
                            """), filter)
                    .param("month", filter.date().withDayOfMonth(1))
                    .param("ids", List.copyOf(rows.keySet()))
                    .query((rs, n) -> {
                        rows.get(rs.getObject("practice_id", UUID.class))
                                .cells()
                                .put(
                                        MenuMatrix.key(rs.getString("intervention"), rs.getString("substance_group")),
                                        new MenuMatrix.Cell(
                                                rs.getObject("monthly_capacity", Integer.class), rs.getInt("held")));
                        return 0;
                    })
                    .list();
        }
        return new Page(new ResultPage<>(List.copyOf(rows.values()), page, size, total), offering);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Filter filter) {
        String text = filter.practiceText() == null
                ? ""
                : filter.practiceText().strip().toLowerCase();
        return spec.param("date", filter.date())
                .param("like", "%" + text + "%")
                .param("intervention", filter.intervention() == null ? "" : filter.intervention())
                .param("group", filter.substanceGroup() == null ? "" : filter.substanceGroup());
    }
}
