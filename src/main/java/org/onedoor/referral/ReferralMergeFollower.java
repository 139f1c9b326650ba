package org.onedoor.referral;

import org.onedoor.client.ClientMergeUndone;
import org.onedoor.client.ClientRecordsMerged;
import org.onedoor.client.MergedRows;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The duplicate's referrals follow a client merge to the survivor, and come back exactly when it is undone. Synchronous
 * (same transaction as the merge), so waiting times and re-presentation never see a half-merged person.
 */
@Component
class ReferralMergeFollower {

    private static final String LEDGER = "referral_merge_moved";

    private final MergedRows rows;

    ReferralMergeFollower(MergedRows rows) {
        this.rows = rows;
    }

    @EventListener
    void on(ClientRecordsMerged merge) {
        rows.follow(merge, LEDGER, "referral");
    }

    @EventListener
    void on(ClientMergeUndone undone) {
        rows.undo(undone, LEDGER, "referral");
    }
}
