package org.onedoor.testsupport;

import org.springframework.test.context.ActiveProfilesResolver;

/** Chooses the test database from the {@code onedoor.test.database} system property that Maven passes. */
public class TestDatabaseProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        String database = System.getProperty("onedoor.test.database", "h2");
        return "postgres".equals(database) ? new String[] {"test", "postgres"} : new String[] {"test"};
    }
}
