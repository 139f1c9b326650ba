package org.onedoor.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * One Spring context for every integration test: the {@code test} profile on in-memory H2, or on the PostgreSQL of
 * {@code ONEDOOR_TEST_DATABASE_URL} when the build runs with {@code -Ppostgres}. Time is a {@link MutableClock}.
 * Each test creates the data it needs (with unique names) and asserts only on that.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
@Import(TestClockConfiguration.class)
public @interface IntegrationTest {}
