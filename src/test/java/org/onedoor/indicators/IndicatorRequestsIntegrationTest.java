package org.onedoor.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.onedoor.client.ClientRegistry;
import org.onedoor.partnership.Directory;
import org.onedoor.security.CurrentUsers;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.treatment.TreatmentImport;
import org.onedoor.treatment.prescribing.PrescribingImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each request materialises the indicator relation in tables of its own connection (ADR 0022): requests running at
 * once never see each other's rows, and the engine neither commits nor needs a caller's transaction beyond its own.
 */
@IntegrationTest
class IndicatorRequestsIntegrationTest {

    @Autowired
    Indicators indicators;

    @Autowired
    Directory directory;

    @Autowired
    ClientRegistry registry;

    @Autowired
    TreatmentImport treatment;

    @Autowired
    PrescribingImport prescribing;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void requestsRunningAtOnceSeeOnlyTheirOwnRows() throws Exception {
        Journeys journeys = new Journeys(directory, registry, treatment, prescribing, currentUsers);
        journeys.adult()
                .episode(journeys.providerA, List.of("ALCOHOL"), "2016-05-01", "2016-08-31", "81")
                .record();
        journeys.adult()
                .episode(journeys.providerB, List.of("HEROIN"), "2016-05-01", "2016-07-31", "85")
                .record();
        journeys.adult()
                .episode(journeys.providerB, List.of("CANNABIS"), "2016-06-01", null, null)
                .record();
        IndicatorRequest a = request(IndicatorScope.provider(journeys.providerA), LocalDate.of(2018, 1, 1));
        IndicatorRequest b = request(IndicatorScope.provider(journeys.providerB), LocalDate.of(2016, 7, 1));
        List<IndicatorRow> aAlone = indicators.compute(a);
        List<IndicatorRow> bAlone = indicators.compute(b);
        assertThat(aAlone).isNotEqualTo(bAlone);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                IndicatorRequest request = i % 2 == 0 ? a : b;
                List<IndicatorRow> expected = i % 2 == 0 ? aAlone : bAlone;
                Callable<Boolean> run = () -> indicators.compute(request).equals(expected);
                runs.add(pool.submit(run));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theCallersTransactionIsNeitherCommittedNorReadOnly() {
        UUID id = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("""
                    insert into organisation (id, organisation_type, name, active_from, version, created_at,
                           created_by)
                    values (:id, 'PARTNER_PROVIDER', 'Rolled back', date '2010-01-01', 0,
                            timestamp '2016-01-01 09:00:00', 'test')
                    """).param("id", id).update();
            indicators.compute(request(IndicatorScope.partnership(), LocalDate.of(2018, 1, 1)));
            status.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from organisation where id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();

        TransactionTemplate readOnly = new TransactionTemplate(transactions.getTransactionManager());
        readOnly.setReadOnly(true);
        assertThatThrownBy(() -> readOnly.executeWithoutResult(
                        status -> indicators.compute(request(IndicatorScope.partnership(), LocalDate.of(2018, 1, 1)))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("read-write transaction");
    }

    private static IndicatorRequest request(IndicatorScope scope, LocalDate asOf) {
        return new IndicatorRequest(List.of(), scope, YearMonth.of(2016, 4), YearMonth.of(2017, 3), asOf, false);
    }
}
