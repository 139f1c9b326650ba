package org.onedoor.contract.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onedoor.shared.Messages;

/**
 * The options of {@code payments --contract contract.yaml --activity activity.csv --from 2016-04 --to 2017-03
 * --out statements.csv}. Every problem is named at once, with what to type instead.
 */
record PaymentsArguments(Path contract, Path activity, YearMonth from, YearMonth to, Path out) {

    static final String USAGE = "Usage: java -jar onedoor.jar payments --contract contract.yaml"
            + " --activity activity.csv --from 2016-04 --to 2017-03 --out statements.csv";

    private static final Set<String> OPTIONS = Set.of("--contract", "--activity", "--from", "--to", "--out");

    /** Reads the options that follow the word {@code payments}. */
    static PaymentsArguments parse(List<String> args) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("payments")) {
                continue;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!OPTIONS.contains(name)) {
                if (arg.startsWith("--spring.") || arg.startsWith("--logging.")) {
                    continue;
                }
                problems.add(Messages.text("contract.payments.unknownOption", arg));
                continue;
            }
            if (arg.contains("=")) {
                values.put(name, arg.substring(arg.indexOf('=') + 1));
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                values.put(name, args.get(++i));
            } else {
                problems.add(Messages.text("contract.payments.needsValue", name));
            }
        }
        Path contract = existingFile(values, "--contract", "the contract document (YAML)", problems);
        Path activity = existingFile(values, "--activity", "the activity file (NDTMS CSV layout)", problems);
        YearMonth from = month(values, "--from", problems);
        YearMonth to = month(values, "--to", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(Messages.text("contract.payments.toBeforeFrom", to, from));
        }
        String out = values.get("--out");
        if (out == null || out.isBlank()) {
            problems.add(Messages.text("contract.payments.out.required"));
        }
        if (!problems.isEmpty()) {
            throw new CommandProblem(String.join("\n", problems) + "\n" + USAGE);
        }
        return new PaymentsArguments(contract, activity, from, to, Path.of(out));
    }

    private static Path existingFile(Map<String, String> values, String option, String what, List<String> problems) {
        String value = values.get(option);
        if (value == null || value.isBlank()) {
            problems.add(Messages.text("contract.payments.option.required", option, what));
            return null;
        }
        Path path = Path.of(value);
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            problems.add(Messages.text("contract.payments.file.unreadable", option, value));
        }
        return path;
    }

    private static YearMonth month(Map<String, String> values, String option, List<String> problems) {
        String value = values.get(option);
        if (value == null || value.isBlank()) {
            problems.add(Messages.text("contract.payments.month.required", option));
            return null;
        }
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(Messages.text("contract.payments.month.invalid", option, value));
            return null;
        }
    }
}
