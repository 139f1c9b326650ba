package org.onedoor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The habits of architecture sections 3 and 4 that a machine can check: controllers are clients of a module's API
 * and never run SQL, time comes from the injected {@link Clock}, and beans get their collaborators through the
 * constructor. Exceptions are listed by name with the reason (the one place a system clock is made).
 */
@AnalyzeClasses(packages = "org.onedoor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureRulesTest {

    /** The one place a system clock is made: the Clock bean every other class is given. */
    private static final Set<String> CLOCK_FACTORIES = Set.of("org.onedoor.OneDoorApplication");

    private static final Set<Class<?>> DATE_TIMES = Set.of(
            LocalDate.class,
            LocalDateTime.class,
            LocalTime.class,
            Instant.class,
            OffsetDateTime.class,
            ZonedDateTime.class,
            YearMonth.class,
            Year.class);

    @ArchTest
    static final ArchRule controllersLeaveSqlToTheirModule = noClasses()
            .that()
            .haveSimpleNameEndingWith("Controller")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(JdbcClient.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(JdbcTemplate.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(NamedParameterJdbcTemplate.class)
            .because("the web layer is a client of the module API (architecture section 3)");

    @ArchTest
    static final ArchRule timeComesFromTheInjectedClock = noClasses()
            .that(nameNotIn(CLOCK_FACTORIES))
            .should()
            .callMethodWhere(readsTheSystemClock())
            .because("dates and stamps come from the injected Clock, so tests can set the day (architecture "
                    + "section 3)");

    @ArchTest
    static final ArchRule constructorInjectionOnly = noFields()
            .should()
            .beAnnotatedWith(Autowired.class)
            .because("dependencies are final fields set by the constructor (architecture section 3)");

    private static DescribedPredicate<JavaMethodCall> readsTheSystemClock() {
        return DescribedPredicate.describe("reads the system clock or time zone", call -> {
            String owner = call.getTarget().getOwner().getName();
            String name = call.getTarget().getName();
            var parameters = call.getTarget().getRawParameterTypes();
            boolean dateTimeNow =
                    DATE_TIMES.stream().anyMatch(type -> type.getName().equals(owner))
                            && name.equals("now")
                            && (parameters.isEmpty() || parameters.get(0).isEquivalentTo(ZoneId.class));
            boolean systemClock = owner.equals(Clock.class.getName()) && name.startsWith("system");
            boolean systemZone = owner.equals(ZoneId.class.getName()) && name.equals("systemDefault");
            boolean millis = owner.equals(System.class.getName()) && name.equals("currentTimeMillis");
            return dateTimeNow || systemClock || systemZone || millis;
        });
    }

    private static DescribedPredicate<JavaClass> nameIn(Set<String> names) {
        return DescribedPredicate.describe("are named in " + names, type -> names.contains(type.getName()));
    }

    private static DescribedPredicate<JavaClass> nameNotIn(Set<String> names) {
        return DescribedPredicate.not(nameIn(names));
    }
}
