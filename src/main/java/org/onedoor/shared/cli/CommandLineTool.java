package org.onedoor.shared.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import org.onedoor.shared.DomainRuleViolation;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;

/**
 * A tool of the jar ({@code java -jar onedoor.jar <name> …}), run under the {@code cli} profile when the first argument
 * is its name: it prints what {@link #execute} returns and exits 0; 2 when an input was wrong ({@link CommandProblem},
 * a {@link DomainRuleViolation} with each field's problem, an unreadable file); 1 on anything unexpected.
 */
public abstract class CommandLineTool implements ApplicationRunner {

    /** The tools' names: {@code OneDoorApplication} starts the {@code cli} profile for these. */
    public static final Set<String> NAMES = Set.of("payments", "indicators");

    private final String name;
    private final PrintStream out;
    private final PrintStream err;
    private final IntConsumer exit;

    protected CommandLineTool(String name, PrintStream out, PrintStream err, IntConsumer exit) {
        this.name = name;
        this.out = out;
        this.err = err;
        this.exit = exit;
    }

    /** Ends the JVM with the status, after closing the application context. */
    public static IntConsumer exitThrough(ApplicationContext context) {
        return code -> System.exit(SpringApplication.exit(context, () -> code));
    }

    /** Runs the tool on its arguments (the name first) and returns the lines to print. */
    protected abstract List<String> execute(List<String> args);

    /** The words printed before an unexpected failure's message. */
    protected abstract String unexpected(RuntimeException failure);

    @Override
    public final void run(ApplicationArguments args) {
        List<String> given = List.of(args.getSourceArgs());
        if (given.isEmpty() || !given.get(0).equals(name)) {
            return;
        }
        int status;
        try {
            execute(given).forEach(out::println);
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
        } catch (UncheckedIOException unreadable) {
            err.println(unreadable.getMessage() + ": " + unreadable.getCause().getMessage());
            status = 2;
        } catch (RuntimeException failure) {
            err.println(unexpected(failure));
            status = 1;
        }
        out.flush();
        err.flush();
        exit.accept(status);
    }
}
