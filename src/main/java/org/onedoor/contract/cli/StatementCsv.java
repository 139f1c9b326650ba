package org.onedoor.contract.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.onedoor.contract.rules.StatementCsvFormat;
import org.onedoor.contract.rules.StatementLine;
import org.onedoor.shared.cli.CommandProblem;

/** Writes the command line's statement lines to the {@code --out} file in {@link StatementCsvFormat}. */
final class StatementCsv {

    private StatementCsv() {}

    static void write(List<StatementLine> lines, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StatementCsvFormat.write(
                    out,
                    csv -> lines.forEach(line -> csv.row(
                            line.month(),
                            line.rule(),
                            line.description(),
                            line.quantity(),
                            line.rate(),
                            line.amount())));
        } catch (IOException e) {
            throw new CommandProblem("Could not write " + file + ": " + e.getMessage());
        }
    }
}
