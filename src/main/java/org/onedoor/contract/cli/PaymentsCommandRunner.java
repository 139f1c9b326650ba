package org.onedoor.contract.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.function.IntConsumer;
import org.onedoor.shared.Messages;
import org.onedoor.shared.cli.CommandLineTool;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar onedoor.jar payments --contract … --activity … --from … --to … --out …}: runs the payment engine
 * on a contract document and an NDTMS-layout activity file, writes the statement lines and prints the totals per
 * financial year. Exits 0 when the statements were written, 2 when an input was wrong (the message names the file,
 * line and field), 1 on anything unexpected ({@link CommandLineTool}).
 */
@Component
@Profile("cli")
class PaymentsCommandRunner extends CommandLineTool {

    private final PaymentsCommand command;

    @Autowired
    PaymentsCommandRunner(PaymentsCommand command, ApplicationContext context) {
        this(command, System.out, System.err, exitThrough(context));
    }

    PaymentsCommandRunner(PaymentsCommand command, PrintStream out, PrintStream err, IntConsumer exit) {
        super("payments", out, err, exit);
        this.command = command;
    }

    @Override
    protected List<String> execute(List<String> args) {
        return command.run(PaymentsArguments.parse(args));
    }

    @Override
    protected String unexpected(RuntimeException failure) {
        return Messages.text("contract.payments.unexpected", failure);
    }
}
