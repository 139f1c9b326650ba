package org.onedoor.audittrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SimpleCommandLinePropertySource;

class AuditTrailVerificationRunnerTest {

    final ChainVerification verification = mock(ChainVerification.class);
    final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    final AtomicInteger exitCode = new AtomicInteger(-1);

    AuditTrailVerificationRunner runner() {
        return new AuditTrailVerificationRunner(
                verification, new PrintStream(printed, true, StandardCharsets.UTF_8), exitCode::set);
    }

    @Test
    void printsTheReportAndExitsWithZeroWhenTheChainIsIntact() {
        when(verification.verify()).thenReturn(ChainReport.intact(42));
        runner().run(new DefaultApplicationArguments("--verify-audit-trail"));
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("intact").contains("42 entries");
        assertThat(exitCode).hasValue(0);
    }

    @Test
    void printsWhereTheChainBreaksAndExitsWithOneWhenItIsNot() {
        when(verification.verify()).thenReturn(ChainReport.broken(9, 9, "entry 9 has been altered"));
        runner().run(new DefaultApplicationArguments("--verify-audit-trail"));
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("BROKEN at seq 9")
                .contains("altered");
        assertThat(exitCode).hasValue(1);
    }

    @Test
    void existsOnlyWhenStartedWithTheOption() {
        ApplicationContextRunner contexts = new ApplicationContextRunner()
                .withBean(ChainVerification.class, () -> verification)
                .withUserConfiguration(AuditTrailVerificationRunner.class);
        contexts.run(context -> assertThat(context).doesNotHaveBean(AuditTrailVerificationRunner.class));
        contexts.withInitializer(context -> context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new SimpleCommandLinePropertySource("--verify-audit-trail")))
                .run(context -> assertThat(context).hasSingleBean(AuditTrailVerificationRunner.class));
    }
}
