package org.onedoor.treatment;

import java.util.List;
import org.onedoor.client.ClientMergeUndone;
import org.onedoor.client.ClientRecordsMerged;
import org.onedoor.client.MergedRows;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every treatment row of the duplicate follows a client merge to the survivor, so episodes, contacts, prescribing and
 * the rest count one person for re-presentation, payments and KPIs; undoing the merge moves back exactly the rows it
 * moved. Synchronous (same transaction as the merge): a merge is never half done.
 */
@Component
class TreatmentMergeFollower {

    private static final String LEDGER = "treatment_merge_moved";

    /** Tables holding client_id directly; their child rows (interventions, reviews, sessions) follow by key. */
    static final List<String> TABLES = List.of(
            "treatment_episode",
            "treatment_care_plan_goal",
            "treatment_appointment",
            "treatment_prescribing_course",
            "treatment_nsp_visit",
            "treatment_naloxone_supply",
            "treatment_bbv_entry",
            "treatment_concerned_other");

    private final MergedRows rows;

    TreatmentMergeFollower(MergedRows rows) {
        this.rows = rows;
    }

    @EventListener
    void on(ClientRecordsMerged merge) {
        TABLES.forEach(table -> rows.follow(merge, LEDGER, table));
        // One enrolment per programme and one register line per session: where the survivor already has one, the
        // duplicate's stays behind with the merged record (the same person, recorded twice).
        rows.follow(
                merge,
                LEDGER,
                "treatment_group_enrolment",
                "not exists (select 1 from treatment_group_enrolment s"
                        + " where s.programme_id = t.programme_id and s.client_id = :survivor)");
        rows.follow(
                merge,
                LEDGER,
                "treatment_group_attendance",
                "not exists (select 1 from"
                        + " treatment_group_attendance s where s.session_id = t.session_id and s.client_id = :survivor)");
    }

    @EventListener
    void on(ClientMergeUndone undone) {
        TABLES.forEach(table -> rows.undo(undone, LEDGER, table));
        rows.undo(undone, LEDGER, "treatment_group_enrolment");
        rows.undo(undone, LEDGER, "treatment_group_attendance");
    }
}
