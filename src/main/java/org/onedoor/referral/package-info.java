/**
 * The single point of contact: enquiries and referrals from the phone line, the public web form, professionals
 * inside OneDoor and other systems through the API, all in one queue ordered by urgency and age, with the waiting
 * clock running from receipt. Offers {@link org.onedoor.referral.ReferralIntake} and
 * {@link org.onedoor.referral.ReferralQueue}; every state change is kept in the referral's history. An accepted
 * referral is linked to the shared client record, and the referrals about a client are its part of the client's
 * subject-access export (with screening answers and history). Referrals follow a client merge and its undo, in the
 * merge's transaction. Every view of a referral is written to the audit trail. Publishes the report_referral and
 * report_substance views; reads the directory and the practice menu's labels through partnership's report_* views.
 */
@ApplicationModule(
        displayName = "Referral",
        allowedDependencies = {"security", "audittrail", "partnership", "assessment::alcohol", "client", "client::spi"})
@NullMarked
package org.onedoor.referral;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
