package org.onedoor.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

/**
 * The safety net behind every form's own length checks: a value the real database finds longer than its column is
 * the person's input at fault, answered 400 with what to do, on H2 and PostgreSQL alike, never a 500.
 */
@IntegrationTest
class TooLongValuesIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void probe() {
        jdbc.sql("create table too_long_probe (v varchar(5), w varchar(5) not null)")
                .update();
    }

    @AfterEach
    void dropProbe() {
        jdbc.sql("drop table too_long_probe").update();
    }

    @Test
    void aValueLongerThanItsColumnIsTheInputsFaultNotTheServers() {
        DataIntegrityViolationException tooLong = catchThrowableOfType(
                DataIntegrityViolationException.class,
                () -> jdbc.sql("insert into too_long_probe (v, w) values (?, ?)")
                        .params("longer than five", "w")
                        .update());
        DataIntegrityViolationException missing = catchThrowableOfType(
                DataIntegrityViolationException.class,
                () -> jdbc.sql("insert into too_long_probe (v) values (?)")
                        .param("a")
                        .update());

        assertThat(TooLong.is(tooLong)).isTrue();
        MockHttpServletResponse page = new MockHttpServletResponse();
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(new HtmlErrors().integrity(tooLong, page, model)).isEqualTo("error/rule");
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(model.get("reason")).asString().contains("longer than OneDoor can keep", "Nothing was saved");
        var problem = new ApiErrors().integrity(tooLong);
        assertThat(problem.getStatusCode().value()).isEqualTo(400);
        assertThat(problem.getBody().getProperties()).containsEntry("code", "TOO_LONG");

        assertThat(TooLong.is(missing))
                .as("a missing value is not called too long")
                .isFalse();
    }
}
