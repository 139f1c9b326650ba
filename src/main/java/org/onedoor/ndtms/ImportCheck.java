package org.onedoor.ndtms;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One pass over a file to be imported: every problem of every record, the reader's and {@link NdtmsValidation}'s
 * (the first {@value NdtmsFile#MAX_PROBLEMS} kept, all counted), the agencies it holds and its record count. A file
 * refused at its header gives the header's problems.
 */
final class ImportCheck {

    private ImportCheck() {}

    record Result(Set<String> agencies, List<NdtmsProblem> problems, int errors, int warnings, int rows) {

        boolean refused() {
            return errors > 0;
        }
    }

    static Result run(String fileName, Reader reader, NdtmsSchema schema, Set<String> required, LocalDate today) {
        Set<String> agencies = new TreeSet<>();
        List<NdtmsProblem> problems = new ArrayList<>();
        int errors = 0;
        int warnings = 0;
        NdtmsValidation validation = new NdtmsValidation(schema, today);
        try (NdtmsFile ndtms = NdtmsFile.open(fileName, reader, schema, required)) {
            for (NdtmsRecord record = ndtms.next(); record != null; record = ndtms.next()) {
                List<NdtmsProblem> found = new ArrayList<>(record.problems());
                found.addAll(validation.check(record, ndtms::hasColumn));
                for (NdtmsProblem problem : found) {
                    if (problem.rule().warning()) {
                        warnings++;
                    } else {
                        errors++;
                    }
                    if (problems.size() < NdtmsFile.MAX_PROBLEMS) {
                        problems.add(problem);
                    }
                }
                if (record.text("AGNCY") != null) {
                    agencies.add(record.text("AGNCY"));
                }
            }
            List<NdtmsProblem> broken = ndtms.problems().stream()
                    .filter(p -> p.rule() == NdtmsRule.MALFORMED_CSV)
                    .toList();
            problems.addAll(broken);
            errors += broken.size();
            return new Result(agencies, problems, errors, warnings, ndtms.recordCount());
        } catch (NdtmsFileRefused refused) {
            List<NdtmsProblem> header = refused.ndtmsProblems();
            return new Result(Set.of(), header, header.size(), 0, 0);
        }
    }
}
