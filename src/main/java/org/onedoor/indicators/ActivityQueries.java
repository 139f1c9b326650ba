package org.onedoor.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.onedoor.indicators.IndicatorDefinition.Calculation;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The indicators other than PHOF, each one statement over {@link IndicatorSql}'s expressions giving a row per
 * substance group and one for all ({@code ALL}): numbers in treatment (persons placed in the window), new
 * presentations (episodes whose first intervention started in it), waits from an intervention's referral received to
 * its first appointment offered or its start (domain reference 3.8), successful completions among the persons in
 * treatment, re-presentations after the last successful completion in the window, and discharges of one class.
 */
final class ActivityQueries {

    private static final String BY_GROUP = """
            select g, %2$s from %1$s group by g
            union all
            select 'ALL', %2$s from %1$s
            """;

    private final JdbcClient jdbc;

    ActivityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of the window whose persons {@link IndicatorTables#place} placed last. */
    List<Figures> figures(IndicatorDefinition definition, Window window, IndicatorScope scope, int months) {
        Map<String, Object> parameters = IndicatorSql.parameters(window, scope);
        String inScope = IndicatorSql.condition(scope);
        Calculation calculation = definition.calculation();
        String sql = switch (calculation) {
            case IN_TREATMENT ->
                "with counted as (select substance_group as g from indicator_placed)\n"
                        + BY_GROUP.formatted("counted", "count(*), cast(null as bigint)");
            case NEW_PRESENTATIONS ->
                """
                    with counted as (
                      select max(substance_group) as g, min(started_on) as first_start
                        from indicator_facts where %s group by episode_key)
                    """.formatted(inScope)
                        + BY_GROUP.formatted(
                                "counted where first_start between :from and :to", "count(*), cast(null as bigint)");
            case WAIT_TO_OFFER, WAIT_TO_START -> waits(inScope, calculation, definition, parameters);
            case COMPLETIONS -> """
                    with done as (
                      select distinct person_key from indicator_episodes
                       where discharge_class = 'SUCCESSFUL' and discharged_on between :from and :to),
                    counted as (
                      select p.substance_group as g, case when d.person_key is null then 0 else 1 end as hit
                        from indicator_placed p left join done d on d.person_key = p.person_key)
                    """ + BY_GROUP.formatted("counted", "sum(hit), count(*)");
            case RE_PRESENTATIONS ->
                """
                    with done as (
                      select e.person_key, e.episode_key, e.discharged_on, e.substance_group
                        from indicator_episodes e
                       where e.discharge_class = 'SUCCESSFUL' and e.discharged_on between :from and :to and %1$s
                         and not exists (
                             select 1 from indicator_episodes y
                              where y.person_key = e.person_key and y.episode_key <> e.episode_key
                                and y.discharge_class = 'SUCCESSFUL' and y.discharged_on between :from and :to
                                and (y.discharged_on > e.discharged_on
                                     or (y.discharged_on = e.discharged_on and y.episode_key < e.episode_key))
                                and %2$s)),
                    returned as (
                      select distinct d.person_key
                        from done d
                        join indicator_episodes b on b.person_key = d.person_key and b.episode_key <> d.episode_key
                       where b.triaged_on >= d.discharged_on and b.triaged_on <= %3$s),
                    counted as (
                      select d.substance_group as g, case when r.person_key is null then 0 else 1 end as hit
                        from done d left join returned r on r.person_key = d.person_key)
                    """.formatted(
                                        IndicatorSql.scoped("e", scope),
                                        IndicatorSql.scoped("y", scope),
                                        IndicatorSql.plusMonths("d.discharged_on", months))
                        + BY_GROUP.formatted("counted", "sum(hit), count(*)");
            case DISCHARGES -> {
                parameters.put("dischargeClass", String.valueOf(definition.dischargeClass()));
                yield """
                        with counted as (
                          select e.substance_group as g,
                                 case when e.discharge_class = :dischargeClass then 1 else 0 end as hit
                            from indicator_episodes e
                           where e.discharged_on between :from and :to and e.discharge_class <> 'TRANSFER' and %s)
                        """.formatted(IndicatorSql.scoped("e", scope))
                        + BY_GROUP.formatted("counted", "sum(hit), count(*)");
            }
            case PHOF_COMPLETION -> throw new IllegalArgumentException("PHOF indicators are CompletionQuery's");
            case OUTCOME_CHANGE -> throw new IllegalArgumentException("outcome indicators are OutcomeQuery's");
        };
        return jdbc.sql(sql)
                .params(parameters)
                .query((rs, n) -> {
                    long denominator = rs.getLong(3);
                    Long given = rs.wasNull() ? null : denominator;
                    BigDecimal median = rs.getMetaData().getColumnCount() > 3 ? rs.getBigDecimal(4) : null;
                    return new Figures(rs.getString(1), rs.getLong(2), given, median);
                })
                .list();
    }

    private String waits(
            String inScope, Calculation calculation, IndicatorDefinition definition, Map<String, Object> parameters) {
        String stop = calculation == Calculation.WAIT_TO_OFFER ? "first_offered_on" : "started_on";
        parameters.put("threshold", definition.thresholdDays() == null ? 21 : definition.thresholdDays());
        return """
                with counted as (
                  select substance_group as g,
                         extract(day from (cast(%1$s as timestamp) - cast(referred_on as timestamp))) as days
                    from indicator_facts
                   where %1$s between :from and :to and referred_on is not null and %2$s)
                """.formatted(stop, inScope)
                + BY_GROUP.formatted(
                        "counted",
                        "sum(case when days > :threshold then 1 else 0 end), count(*), "
                                + "percentile_cont(0.5) within group (order by days)");
    }
}
