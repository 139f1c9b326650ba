package org.onedoor.contract.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;

/**
 * The {@code payments} command line run in-process: its own runner (argument parsing, the command, messages and
 * exit status) and its own {@link PaymentsCommand} bean, on the test context's database instead of a second JVM's
 * in-memory one. Only the runner's exit is captured rather than ending the JVM.
 */
public final class InProcessPayments {

    private InProcessPayments() {}

    /** What the command printed and the status it exited with. */
    public record Result(int status, String output, String errors) {}

    public static Result run(ApplicationContext context, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicInteger status = new AtomicInteger(-1);
        new PaymentsCommandRunner(
                        context.getBean(PaymentsCommand.class),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        status::set)
                .run(new DefaultApplicationArguments(args));
        return new Result(status.get(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
