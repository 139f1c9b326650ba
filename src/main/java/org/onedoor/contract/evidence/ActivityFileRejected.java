package org.onedoor.contract.evidence;

import java.util.List;
import org.onedoor.shared.FieldProblems;

/**
 * An activity file could not be loaded; nothing of it was saved. Each problem names the file, the line and the
 * field (an NDTMS field code) to fix, so a data officer can correct them all in one pass.
 */
public class ActivityFileRejected extends FieldProblems {

    ActivityFileRejected(String file, List<FieldProblem> problems) {
        super("ACTIVITY_FILE_REJECTED", "activity file " + file, problems);
    }
}
