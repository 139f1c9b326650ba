package org.onedoor.indicators.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntConsumer;
import org.onedoor.shared.Messages;
import org.onedoor.shared.cli.CommandLineTool;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar onedoor.jar indicators --activity … --from … --to … [--as-of …] [--monthly] --out …}: every
 * indicator from an NDTMS activity file, as CSV. Exits 0 when the file was written, 2 when an input was wrong (the
 * message names the file, line and field), 1 on anything unexpected ({@link CommandLineTool}). The as-of date
 * defaults to today in the application's zone (Europe/London).
 */
@Component
@Profile("cli")
class IndicatorsCommandRunner extends CommandLineTool {

    private final IndicatorsCommand command;
    private final Clock clock;

    @Autowired
    IndicatorsCommandRunner(IndicatorsCommand command, Clock clock, ApplicationContext context) {
        this(command, clock, System.out, System.err, exitThrough(context));
    }

    IndicatorsCommandRunner(
            IndicatorsCommand command, Clock clock, PrintStream out, PrintStream err, IntConsumer exit) {
        super("indicators", out, err, exit);
        this.command = command;
        this.clock = clock;
    }

    @Override
    protected List<String> execute(List<String> args) {
        return command.run(IndicatorsArguments.parse(args, LocalDate.now(clock)));
    }

    @Override
    protected String unexpected(RuntimeException failure) {
        return Messages.text("indicators.cli.unexpected", failure);
    }
}
