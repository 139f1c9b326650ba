package org.onedoor.contract.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.function.IntConsumer;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar onedoor.jar payments --contract … --activity … --from … --to … --out …}: runs the payment engine
 * on a contract document and an NDTMS-layout activity file, writes the statement lines and prints the totals per
 * financial year. Exits 0 when the statements were written, 2 when an input was wrong (the message names the file,
 * line and field), 1 on anything unexpected.
 */
@Component
@Profile("cli")
class PaymentsCommandRunner implements ApplicationRunner {

    private final PaymentsCommand command;
    private final PrintStream out;
    private final PrintStream err;
    private final IntConsumer exit;

    @Autowired
    PaymentsCommandRunner(PaymentsCommand command, ApplicationContext context) {
        this(command, System.out, System.err, code -> System.exit(SpringApplication.exit(context, () -> code)));
    }

    PaymentsCommandRunner(PaymentsCommand command, PrintStream out, PrintStream err, IntConsumer exit) {
        this.command = command;
        this.out = out;
        this.err = err;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        int status;
        try {
            PaymentsArguments arguments = PaymentsArguments.parse(List.of(args.getSourceArgs()));
            command.run(arguments).forEach(out::println);
            status = 0;
        } catch (CommandProblem problem) {
            err.println(problem.getMessage());
            status = 2;
        } catch (DomainRuleViolation problem) {
            List<DomainRuleViolation.FieldProblem> problems = problem.problems();
            if (problems.size() > 1) {
                err.println(problem.getMessage() + ":");
                problems.forEach(each -> err.println("  " + each.message()));
            } else {
                err.println(problem.getMessage());
            }
            status = 2;
        } catch (java.io.UncheckedIOException unreadable) {
            err.println(unreadable.getMessage() + ": " + unreadable.getCause().getMessage());
            status = 2;
        } catch (RuntimeException unexpected) {
            err.println(Messages.text("contract.payments.unexpected", unexpected));
            status = 1;
        }
        out.flush();
        err.flush();
        exit.accept(status);
    }
}
