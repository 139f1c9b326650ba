package org.onedoor.referral;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the single point of contact behaves.
 *
 * @param acceptTestNhsNumbers    accept NHS numbers in the 999 test range (demo and tests only; never production)
 * @param urgentRisks             risks that put a referral at the top of the queue, flagged urgent
 * @param waitingStandard         the waiting-time standard: referrals older than this are shown as breaches
 * @param selfReferralsPerAddress web self-referrals accepted from one network address within the window (the
 *                                client's address as resolved through the trusted proxies; only accepted
 *                                self-referrals count)
 * @param selfReferralWindow      the window over which self-referrals from one address are counted
 * @param spocTelephone           the single point of contact's telephone number, told to the public
 * @param spocOpeningHours        when that number is answered, in words
 */
@Validated
@ConfigurationProperties("onedoor.referral")
record ReferralSettings(
        @DefaultValue("false") boolean acceptTestNhsNumbers,

        @DefaultValue({"RECENT_OVERDOSE", "PREGNANCY", "SAFEGUARDING_CONCERN", "DOMESTIC_ABUSE", "MENTAL_HEALTH_CRISIS"
        })
        Set<Risk> urgentRisks,

        @DefaultValue("21d") Duration waitingStandard,
        @DefaultValue("5") @Min(1) int selfReferralsPerAddress,
        @DefaultValue("1h") Duration selfReferralWindow,
        @DefaultValue("0113 496 0000") @NotBlank String spocTelephone,

        @DefaultValue("Monday to Friday, 9am to 5pm (not bank holidays)") @NotBlank
        String spocOpeningHours) {}
