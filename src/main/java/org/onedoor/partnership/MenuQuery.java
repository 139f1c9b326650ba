package org.onedoor.partnership;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads of the practice menus: one practice's offers, who offers what on a date, and the whole matrix. */
@Component
class MenuQuery {

    static final String IN_FORCE = """
            select o.id, o.practice_id, p.ods_code, p.name practice_name, o.intervention, o.substance_group,
                   o.monthly_capacity,
                   (select count(*) from practice_capacity_hold h
                     where h.practice_id = o.practice_id and h.intervention = o.intervention
                       and h.substance_group = o.substance_group and h.capacity_month = :month
                       and h.released_at is null) held
              from practice_offer o
              join organisation p on p.id = o.practice_id
             where o.withdrawn_at is null
               and o.effective_from <= :date and (o.effective_to is null or o.effective_to >= :date)
               and p.active_from <= :date and (p.active_to is null or p.active_to >= :date)
            """;

    private final JdbcClient jdbc;

    MenuQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CodeLabel> interventions() {
        return jdbc.sql("select code, label from menu_intervention order by sort_order")
                .query((rs, n) -> new CodeLabel(rs.getString(1), rs.getString(2)))
                .list();
    }

    List<CodeLabel> substanceGroups() {
        return jdbc.sql("select code, label from substance_group order by sort_order")
                .query((rs, n) -> new CodeLabel(rs.getString(1), rs.getString(2)))
                .list();
    }

    List<MenuOffer> offersOf(UUID practiceId) {
        return jdbc.sql("""
                select o.*, p.ods_code, p.name practice_name, i.label intervention_label, g.label group_label
                  from practice_offer o
                  join organisation p on p.id = o.practice_id
                  join menu_intervention i on i.code = o.intervention
                  join substance_group g on g.code = o.substance_group
                 where o.practice_id = ? and o.withdrawn_at is null
                 order by g.sort_order, i.sort_order, o.effective_from
                """)
                .param(practiceId)
                .query((rs, n) -> new MenuOffer(
                        rs.getObject("id", UUID.class),
                        practiceId,
                        rs.getString("ods_code"),
                        rs.getString("practice_name"),
                        rs.getString("intervention"),
                        rs.getString("intervention_label"),
                        rs.getString("substance_group"),
                        rs.getString("group_label"),
                        rs.getObject("effective_from", LocalDate.class),
                        rs.getObject("effective_to", LocalDate.class),
                        rs.getObject("monthly_capacity", Integer.class)))
                .list();
    }

    List<PracticeOfferAvailability> offering(String intervention, String substanceGroup, LocalDate date) {
        return jdbc.sql(IN_FORCE + " and o.intervention = :intervention and o.substance_group = :group order by p.name")
                .param("month", date.withDayOfMonth(1))
                .param("date", date)
                .param("intervention", intervention)
                .param("group", substanceGroup)
                .query((rs, n) -> {
                    Integer capacity = rs.getObject("monthly_capacity", Integer.class);
                    int held = rs.getInt("held");
                    return new PracticeOfferAvailability(
                            rs.getObject("practice_id", UUID.class),
                            rs.getString("ods_code"),
                            rs.getString("practice_name"),
                            intervention,
                            substanceGroup,
                            capacity,
                            held,
                            capacity == null ? null : Math.max(0, capacity - held));
                })
                .list();
    }
}
