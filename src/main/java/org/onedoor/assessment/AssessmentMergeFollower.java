package org.onedoor.assessment;

import java.util.List;
import org.onedoor.client.ClientMergeUndone;
import org.onedoor.client.ClientRecordsMerged;
import org.onedoor.client.MergedRows;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Outcome records of a duplicate follow a client merge to the survivor, in the merge's own transaction, so a person's
 * trajectory and cohort measures count one person; undoing the merge moves back exactly the rows it moved. Answers
 * and scores follow their record by key.
 */
@Component
class AssessmentMergeFollower {

    private static final String LEDGER = "assessment_merge_moved";
    static final List<String> TABLES = List.of(
            "assessment_outcome_record", "assessment_outcome_risk", "assessment_episode", "assessment_bbv_test");

    private final MergedRows rows;

    AssessmentMergeFollower(MergedRows rows) {
        this.rows = rows;
    }

    @EventListener
    void on(ClientRecordsMerged merge) {
        TABLES.forEach(table -> rows.follow(merge, LEDGER, table));
    }

    @EventListener
    void on(ClientMergeUndone undone) {
        TABLES.forEach(table -> rows.undo(undone, LEDGER, table));
    }
}
