package org.onedoor.indicators;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The indicator relation materialised once per request (ADR 0022): {@code indicator_facts} (the live record's
 * {@code indicator_intervention} and the imported activity files as of a date: rows triaged by then, later dates
 * blanked), {@code indicator_episodes} (one row per episode) and, refilled per window, {@code indicator_placed} (each
 * person in structured treatment in the window and in scope, once, in the substance group of their latest episode).
 * They are session-local temporary tables whose rows go at commit, so two requests never see each other's rows.
 */
final class IndicatorTables {

    /** Each table: its name, its columns, its keys (H2 only: its indexes) and the columns PostgreSQL analyses. */
    private static final String[][] TABLES = {
        {
            "indicator_facts",
            """
            n bigint not null, person_key varchar(40) not null, born_on date, agency varchar(200),
            provider_id uuid, practice_id uuid, episode_key varchar(420) not null, triaged_on date, referred_on date,
            first_offered_on date, started_on date, ended_on date, discharged_on date, discharge_class varchar(20),
            ost_at_exit int, substance_group varchar(30)""",
            "primary key (person_key, n), unique (episode_key, n)",
            "person_key, episode_key, started_on, ended_on, discharged_on"
        },
        {
            "indicator_episodes",
            """
            person_key varchar(40) not null, episode_key varchar(420) not null, triaged_on date, discharged_on date,
            discharge_class varchar(20), ost_at_exit int, substance_group varchar(30)""",
            "primary key (person_key, episode_key), unique (episode_key, person_key)",
            "person_key, discharged_on, discharge_class"
        },
        {
            "indicator_placed",
            "person_key varchar(40) not null, substance_group varchar(30), born_on date",
            "primary key (person_key)",
            "person_key, substance_group, born_on"
        }
    };

    private static final String FACTS = """
            insert into indicator_facts (n, person_key, born_on, agency, provider_id, practice_id, episode_key,
                   triaged_on, referred_on, first_offered_on, started_on, ended_on, discharged_on, discharge_class,
                   ost_at_exit, substance_group)
            select %1$s, person_key, born_on, agency, provider_id, practice_id, episode_key,
                   triaged_on, referred_on,
                   case when first_offered_on <= :asOf then first_offered_on end,
                   case when started_on <= :asOf then started_on end,
                   case when ended_on <= :asOf then ended_on end,
                   case when discharged_on <= :asOf then discharged_on end,
                   case when discharged_on <= :asOf then discharge_class end,
                   case when discharged_on <= :asOf then ost_at_exit else 0 end,
                   substance_group
              from (select person_key, born_on, agency, provider_id, practice_id, episode_key, triaged_on,
                           referred_on, first_offered_on, started_on, ended_on, discharged_on, discharge_class,
                           ost_at_exit, substance_group
                      from indicator_intervention
                     union all
                    select person_key, born_on, agency, provider_id, practice_id, episode_key, triaged_on,
                           referred_on, first_offered_on, started_on, ended_on, discharged_on, discharge_class,
                           ost_at_exit, substance_group
                      from (%2$s) f) i
             where triaged_on <= :asOf""";

    private static final String EPISODES = """
            insert into indicator_episodes (person_key, episode_key, triaged_on, discharged_on, discharge_class,
                   ost_at_exit, substance_group)
            select person_key, episode_key, min(triaged_on), max(discharged_on), max(discharge_class),
                   max(ost_at_exit), max(substance_group)
              from indicator_facts
             group by person_key, episode_key""";

    private static final String PLACED = """
            insert into indicator_placed (person_key, substance_group, born_on)
            select person_key, substance_group, born_on
              from (select person_key, substance_group, born_on,
                           row_number() over (partition by person_key
                                              order by triaged_on desc, episode_key desc) as n
                      from indicator_facts
                     where started_on <= :to and (ended_on is null or ended_on >= :from) and %s) r
             where n = 1""";

    private final JdbcClient jdbc;
    private final boolean postgres;

    IndicatorTables(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        String product = template.execute(
                (ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        this.postgres = product != null && product.toLowerCase(Locale.ROOT).contains("postgres");
    }

    /**
     * On PostgreSQL a bare table (hash joins need no index; keys would cost more to fill than they save). On H2 the
     * keys are the indexes its nested loops follow, declared with the table and {@code transactional}: H2 commits the
     * caller's open transaction on any other DDL.
     */
    private String create(String[] table) {
        return postgres
                ? "create local temporary table if not exists %s (%s) on commit delete rows"
                        .formatted(table[0], table[1])
                : "create local temporary table if not exists %s (%s, %s) on commit delete rows transactional"
                        .formatted(table[0], table[1], table[2]);
    }

    /** Fills the facts and episodes as of a date; must run inside a read-write transaction. */
    void fill(LocalDate asOf) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("indicators are computed in a read-write transaction of their own");
        }
        for (String[] table : TABLES) {
            jdbc.sql(create(table)).update();
        }
        jdbc.sql("delete from indicator_placed").update();
        jdbc.sql("delete from indicator_episodes").update();
        jdbc.sql("delete from indicator_facts").update();
        Map<String, Object> parameters = ImportedActivity.parameters();
        parameters.put("asOf", asOf);
        // the row number only makes H2's key unique; PostgreSQL's table has no key, and numbering costs a pass
        jdbc.sql(FACTS.formatted(postgres ? "0" : "row_number() over ()", ImportedActivity.SELECT))
                .params(parameters)
                .update();
        jdbc.sql(EPISODES).update();
        analyze(TABLES[0]);
        analyze(TABLES[1]);
    }

    /** Places the persons in treatment in a window and in scope (domain reference 3.8). */
    void place(Window window, IndicatorScope scope) {
        jdbc.sql("delete from indicator_placed").update();
        jdbc.sql(PLACED.formatted(IndicatorSql.condition(scope)))
                .params(IndicatorSql.parameters(window, scope))
                .update();
        analyze(TABLES[2]);
    }

    /**
     * PostgreSQL plans a temporary table from its statistics, which only an explicit analyze gathers (autovacuum never
     * does): the columns the statements join and filter on, not all of them.
     */
    private void analyze(String[] table) {
        if (postgres) {
            jdbc.sql("analyze %s (%s)".formatted(table[0], table[3])).update();
        }
    }
}
