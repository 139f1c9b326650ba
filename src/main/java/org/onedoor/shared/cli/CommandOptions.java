package org.onedoor.shared.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.Messages;

/**
 * The options after a tool's name ({@code --name value}, {@code --name=value} or a bare {@code --flag}), read so that
 * every problem is collected and named at once; {@link #done} throws them with the tool's usage line. Spring's own
 * {@code --spring.*} and {@code --logging.*} options pass through.
 */
public final class CommandOptions {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> flags = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private CommandOptions() {}

    public static CommandOptions parse(List<String> args, Set<String> valued, Set<String> flagNames) {
        CommandOptions options = new CommandOptions();
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (flagNames.contains(arg)) {
                options.flags.add(arg);
            } else if (!valued.contains(name)) {
                if (!arg.startsWith("--spring.") && !arg.startsWith("--logging.")) {
                    options.problems.add(Messages.text("cli.unknownOption", arg));
                }
            } else if (arg.contains("=")) {
                options.values.put(name, arg.substring(arg.indexOf('=') + 1));
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                options.values.put(name, args.get(++i));
            } else {
                options.problems.add(Messages.text("cli.needsValue", name));
            }
        }
        return options;
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    /** A file that must exist and be readable; {@code what} says what it is when it is missing. */
    public @Nullable Path existingFile(String option, String what) {
        String value = values.get(option);
        if (value == null || value.isBlank()) {
            problems.add(Messages.text("cli.option.required", option, what));
            return null;
        }
        Path path = Path.of(value);
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            problems.add(Messages.text("cli.file.unreadable", option, value));
        }
        return path;
    }

    /** A file to write; {@code what} says what it is when it is missing. */
    public @Nullable Path outFile(String option, String what) {
        String value = values.get(option);
        if (value == null || value.isBlank()) {
            problems.add(Messages.text("cli.option.required", option, what));
            return null;
        }
        return Path.of(value);
    }

    public @Nullable YearMonth month(String option) {
        String value = values.get(option);
        if (value == null || value.isBlank()) {
            problems.add(Messages.text("cli.month.required", option));
            return null;
        }
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(Messages.text("cli.month.invalid", option, value));
            return null;
        }
    }

    /** An optional date as yyyy-MM-dd: the fallback when it is not given. */
    public @Nullable LocalDate date(String option, LocalDate fallback) {
        String value = values.get(option);
        if (value == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(Messages.text("cli.date.invalid", option, value));
            return null;
        }
    }

    /** Checks the first month is not after the last. */
    public void inOrder(@Nullable YearMonth from, @Nullable YearMonth to) {
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(Messages.text("cli.toBeforeFrom", to, from));
        }
    }

    /** Throws every problem found, then the usage line; returns quietly when there were none. */
    public void done(String usage) {
        if (!problems.isEmpty()) {
            throw new CommandProblem(String.join("\n", problems) + "\n" + usage);
        }
    }
}
