package org.onedoor.referral;

import org.springframework.data.relational.core.mapping.Table;

/** One risk recorded on a referral (a row of {@code referral_risk}). */
@Table("referral_risk")
record ReferralRisk(Risk risk) {}
