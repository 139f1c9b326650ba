package org.onedoor.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Proves each pass runs where it says: a PostgreSQL pass that silently fell back to H2 must fail. */
@IntegrationTest
class TestDatabaseIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void runsOnTheDatabaseTheBuildAskedFor() throws Exception {
        String expected = "postgres".equals(System.getProperty("onedoor.test.database")) ? "PostgreSQL" : "H2";
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expected);
        }
    }
}
