package org.onedoor.ndtms.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.ndtms.extract.ExtractPartnership.episode;
import static org.onedoor.ndtms.extract.ExtractPartnership.intervention;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.onedoor.client.ClientImport;
import org.onedoor.client.ConsentDecision;
import org.onedoor.partnership.Directory;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.treatment.TreatmentImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The extract is streamed: each row reaches the file while the result set is still being read, with a fetch size
 * set, so the heap holds one row at a time however many clients there are. A driver wrapper counts the rows read.
 */
@IntegrationTest
class ExtractStreamingIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    Directory directory;

    @Autowired
    ClientImport clientImport;

    @Autowired
    TreatmentImport treatmentImport;

    @Autowired
    CurrentUsers currentUsers;

    @Test
    void handsEachRowOnAsItIsReadNeverAfterReadingThemAll() {
        ExtractPartnership p = new ExtractPartnership(directory, clientImport, treatmentImport, currentUsers);
        for (int n = 0; n < 30; n++) {
            var client = p.client("Ann", "Row" + n, "1980-02-03", Sex.FEMALE, ConsentDecision.GIVEN);
            p.treat(
                    client,
                    episode(
                            p.lead,
                            "2016-05-01",
                            "2016-05-01",
                            "2016-05-02",
                            List.of("ALCOHOL"),
                            null,
                            null,
                            intervention("PSYCHOSOCIAL", p.lead, "2016-05-01", null, "2016-05-02", null, null)));
        }
        AtomicInteger read = new AtomicInteger();
        List<Integer> fetchSizes = new ArrayList<>();
        ExtractRowsQuery query = new ExtractRowsQuery(JdbcClient.create(counting(dataSource, read, fetchSizes)));
        List<Integer> readWhenHandedOn = new ArrayList<>();

        query.forEach(
                p.lead,
                ExtractPeriod.of(YearMonth.of(2016, 11), LocalDate.of(2026, 12, 7)),
                row -> readWhenHandedOn.add(read.get()));

        assertThat(readWhenHandedOn).hasSize(30);
        for (int n = 0; n < 30; n++) {
            assertThat(readWhenHandedOn.get(n))
                    .as("rows read when row %d was handed on", n)
                    .isEqualTo(n + 1);
        }
        assertThat(fetchSizes).contains(ExtractRowsQuery.FETCH_SIZE);
    }

    /** A data source whose result sets count each row read and whose statements record their fetch size. */
    private static DataSource counting(DataSource target, AtomicInteger read, List<Integer> fetchSizes) {
        return new DelegatingDataSource(target) {
            @Override
            public Connection getConnection() throws java.sql.SQLException {
                Connection connection = super.getConnection();
                return proxy(Connection.class, connection, (self, method, args) -> {
                    Object result = invoke(connection, method, args);
                    if (result instanceof PreparedStatement statement) {
                        return proxy(PreparedStatement.class, statement, (s, m, a) -> {
                            if (m.getName().equals("setFetchSize")) {
                                fetchSizes.add((Integer) a[0]);
                            }
                            Object r = invoke(statement, m, a);
                            if (r instanceof ResultSet rs) {
                                return proxy(ResultSet.class, rs, (x, rm, ra) -> {
                                    Object value = invoke(rs, rm, ra);
                                    if (rm.getName().equals("next") && Boolean.TRUE.equals(value)) {
                                        read.incrementAndGet();
                                    }
                                    return value;
                                });
                            }
                            return r;
                        });
                    }
                    return result;
                });
            }
        };
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
