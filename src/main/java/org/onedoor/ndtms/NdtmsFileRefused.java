package org.onedoor.ndtms;

import java.util.List;
import org.onedoor.shared.FieldProblems;

/**
 * An NDTMS file cannot be read or loaded at all; nothing of it was saved. Each problem names the file, the line and
 * the field, and {@link #ndtmsProblems()} gives them coded as the validation report shows them.
 */
public class NdtmsFileRefused extends FieldProblems {

    private final String file;
    private final List<NdtmsProblem> ndtmsProblems;

    NdtmsFileRefused(String file, List<NdtmsProblem> problems) {
        super(
                "NDTMS_FILE_REFUSED",
                "NDTMS file " + file,
                problems.stream().map(p -> p.toFieldProblem(file)).toList());
        this.file = file;
        this.ndtmsProblems = List.copyOf(problems);
    }

    public String file() {
        return file;
    }

    /** The problems as the file's reader found them, in order. */
    public List<NdtmsProblem> ndtmsProblems() {
        return ndtmsProblems;
    }
}
