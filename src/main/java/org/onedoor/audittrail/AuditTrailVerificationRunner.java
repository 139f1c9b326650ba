package org.onedoor.audittrail;

import java.io.PrintStream;
import java.util.function.IntConsumer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The verification command: started with {@code --verify-audit-trail}, the application checks the hash chain,
 * prints the report and exits with status 0 when the chain is intact and 1 when it is not. The runner runs once the
 * context has started (the web server included, so pass {@code --server.port=0} next to a running instance); it
 * then closes the context through {@link SpringApplication#exit} so shutdown hooks run before the JVM exits.
 */
@Component
@ConditionalOnProperty("verify-audit-trail")
class AuditTrailVerificationRunner implements ApplicationRunner {

    private final ChainVerification verification;
    private final PrintStream out;
    private final IntConsumer exit;

    @Autowired
    AuditTrailVerificationRunner(ChainVerification verification, ApplicationContext context) {
        this(verification, System.out, code -> System.exit(SpringApplication.exit(context, () -> code)));
    }

    AuditTrailVerificationRunner(ChainVerification verification, PrintStream out, IntConsumer exit) {
        this.verification = verification;
        this.out = out;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        ChainReport report = verification.verify();
        out.println(report.summary());
        out.flush();
        exit.accept(report.valid() ? 0 : 1);
    }
}
