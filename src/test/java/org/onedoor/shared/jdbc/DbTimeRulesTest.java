package org.onedoor.shared.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Issue 14 item 7: instants meet {@code timestamp with time zone} columns only through {@link DbTime}, so H2 and
 * PostgreSQL are written and read one way. (A read of {@code OffsetDateTime.class} is a class argument ArchUnit cannot
 * see; the writes and conversions it can see are checked here.)
 */
@AnalyzeClasses(packages = "org.onedoor", importOptions = ImportOption.DoNotIncludeTests.class)
class DbTimeRulesTest {

    @ArchTest
    static final ArchRule onlyDbTimeConvertsInstantsForTheDatabase = noClasses()
            .that()
            .doNotHaveFullyQualifiedName(DbTime.class.getName())
            .should()
            .callMethod(Instant.class, "atOffset", ZoneOffset.class)
            .orShould()
            .callMethod(OffsetDateTime.class, "toInstant")
            .orShould()
            .callMethod(OffsetDateTime.class, "withOffsetSameInstant", ZoneOffset.class)
            .orShould()
            .callMethod(ZonedDateTime.class, "toOffsetDateTime")
            .orShould()
            .callMethod(LocalDateTime.class, "atOffset", ZoneOffset.class)
            .because("DbTime is the one JDBC time conversion (shared.jdbc)");
}
