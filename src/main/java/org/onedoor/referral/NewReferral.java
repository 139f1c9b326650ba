package org.onedoor.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.ContactDetails;
import org.onedoor.shared.Sex;

/**
 * A referral as it arrives, from any channel. Validated by {@link ReferralIntake}: every problem is reported at its
 * field, and nothing is saved unless all is well.
 *
 * @param contact     the telephone number and email as typed, and how the person may be contacted
 * @param substances  one to three problem substance codes, the main one first
 * @param gpPracticeId the client's registered GP practice, from the directory
 * @param source      a referral source code
 */
public record NewReferral(
        Channel channel,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        Sex sex,
        @Nullable String nhsNumber,
        @Nullable String postcode,
        ContactDetails contact,
        @Nullable UUID gpPracticeId,
        String source,
        @Nullable String referrerName,
        @Nullable String referrerOrganisation,
        List<String> substances,
        Set<Risk> risks,
        @Nullable String notes) {}
