package org.onedoor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.ndtms.extract.ExtractHistoryEntry;
import org.onedoor.ndtms.extract.ExtractReport;
import org.onedoor.ndtms.extract.NdtmsExtracts;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The NDTMS monthly extract of one agency holding 350,000 clients (issue 17, speed: under 60 s with the heap capped at
 * 512 MB), every client with an episode and an intervention in the year, one in ten refusing consent and one in fifty
 * with no decision (held back). Loaded set-based straight into the tables, then the validation report and the file
 * (to a stream that only counts bytes) are timed, and the peak heap after each is printed. Runs with
 * {@code scripts/bench-extract.sh}, never in {@code ./mvnw verify}. Knob: {@code onedoor.bench.extractClients}.
 */
@IntegrationTest
class ExtractBenchmark {

    private static final UUID PROVIDER = UUID.fromString("00000000-0000-0000-0000-0000000b0001");
    private static final YearMonth MONTH = YearMonth.of(2016, 11);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NdtmsExtracts extracts;

    @Autowired
    CurrentUsers currentUsers;

    @Test
    void extractsAnAgencyOf350000ClientsInUnderAMinuteWithinAHalfGigabyteHeap() {
        int clients = Latencies.intProperty("onedoor.bench.extractClients", 350_000);
        long loading = System.nanoTime();
        load(clients);
        double loadSeconds = (System.nanoTime() - loading) / 1e9;
        CurrentUser officer =
                new CurrentUser(UUID.randomUUID(), "bench-data", "Bench", PROVIDER, Set.of(Role.DATA_OFFICER));

        resetPeaks();
        long checking = System.nanoTime();
        ExtractReport report = currentUsers.actingAs(officer, () -> extracts.check(PROVIDER, MONTH));
        double checkSeconds = (System.nanoTime() - checking) / 1e9;
        long checkPeak = peakHeap();

        resetPeaks();
        CountingStream out = new CountingStream();
        long writing = System.nanoTime();
        ExtractHistoryEntry entry = currentUsers.actingAs(officer, () -> extracts.write(PROVIDER, MONTH, out));
        double writeSeconds = (System.nanoTime() - writing) / 1e9;
        long writePeak = peakHeap();

        System.out.println("==== NDTMS extract, one agency of " + clients + " clients (" + MONTH + ")");
        System.out.printf("load (set-based, not timed against the target): %.1f s%n", loadSeconds);
        System.out.printf(
                "validation report: %.1f s, %d records, %d held back, %d problems, peak heap %d MB%n",
                checkSeconds,
                report.records(),
                report.withheld(),
                report.problems().size(),
                checkPeak >> 20);
        System.out.printf(
                "file: %.1f s, %d records, %d MB written, peak heap %d MB, max heap %d MB%n",
                writeSeconds,
                entry.records(),
                out.bytes >> 20,
                writePeak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("====");
        assertThat(entry.records() + entry.withheld()).isEqualTo(clients);
    }

    private void load(int clients) {
        jdbc.sql("""
                insert into organisation (id, organisation_type, name, ods_code, active_from, version, created_at,
                       created_by)
                values (:id, 'LEAD_PROVIDER', 'Benchmark agency', 'NB0001', date '2010-01-01', 0,
                        timestamptz '2016-01-01 09:00:00+00', 'bench')
                """).param("id", PROVIDER).update();
        jdbc.sql("""
                insert into client (id, reference, legal_given_name, legal_family_name, date_of_birth, sex, ethnicity,
                       postcode, accommodation, search_family, search_family3, search_given, version, created_at,
                       created_by)
                select cast(md5('bench-client-' || g) as uuid), 'B' || g, 'Given' || g, 'Family' || g,
                       date '1960-01-01' + (g % 15000), case when g % 2 = 0 then 'MALE' else 'FEMALE' end, 'A',
                       'AB1 2CD', '3', 'family' || g, 'fam', 'given' || g, 0, timestamptz '2016-01-01 09:00:00+00',
                       'bench'
                  from generate_series(1, :clients) g
                """).param("clients", clients).update();
        jdbc.sql("""
                insert into client_consent (id, client_id, origin_client_id, purpose, decision, decided_on, method,
                       capacity_assessed, recorded_at, recorded_by)
                select cast(md5('bench-consent-' || g) as uuid), cast(md5('bench-client-' || g) as uuid),
                       cast(md5('bench-client-' || g) as uuid), 'NDTMS',
                       case when g % 10 = 0 then 'REFUSED' else 'GIVEN' end, date '2016-04-01', 'VERBAL', true,
                       timestamptz '2016-04-01 09:00:00+00', 'bench'
                  from generate_series(1, :clients) g
                 where g % 50 <> 1
                """).param("clients", clients).update();
        jdbc.sql("""
                insert into treatment_episode (id, client_id, provider_id, journey_id, referred_on, triaged_on,
                       care_plan_started_on, substance_1, status, version, created_at, created_by)
                select cast(md5('bench-episode-' || g) as uuid), cast(md5('bench-client-' || g) as uuid), :provider,
                       cast(md5('bench-episode-' || g) as uuid), date '2016-04-01' + (g % 200),
                       date '2016-04-03' + (g % 200), date '2016-04-05' + (g % 200), 'ALCOHOL', 'OPEN', 0,
                       timestamptz '2016-01-01 09:00:00+00', 'bench'
                  from generate_series(1, :clients) g
                """).param("clients", clients).param("provider", PROVIDER).update();
        jdbc.sql("""
                insert into treatment_intervention (id, episode_id, intervention_type, setting, delivered_by,
                       referred_on, started_on, created_at, created_by)
                select cast(md5('bench-intervention-' || g) as uuid), cast(md5('bench-episode-' || g) as uuid),
                       'PSYCHOSOCIAL', 'COMMUNITY', :provider, date '2016-04-03' + (g % 200),
                       date '2016-04-05' + (g % 200), timestamptz '2016-01-01 09:00:00+00', 'bench'
                  from generate_series(1, :clients) g
                """).param("clients", clients).param("provider", PROVIDER).update();
        for (String table :
                new String[] {"organisation", "client", "client_consent", "treatment_episode", "treatment_intervention"
                }) {
            jdbc.sql("vacuum analyze " + table).update();
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** The download's bytes counted and dropped. */
    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
