package org.onedoor.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.testsupport.NewReferralBuilder;

/** Referrals in domain words: {@code aReferral().withRisks(PREGNANCY).by(Channel.PHONE).build()}. */
final class ReferralFixtures {

    private Channel channel = Channel.PHONE;
    private String familyName = "Tester-" + UUID.randomUUID().toString().substring(0, 6);
    private LocalDate dateOfBirth = LocalDate.of(1985, 3, 27);
    private @Nullable String nhsNumber = "9434765919";
    private Set<Risk> risks = Set.of();
    private List<String> substances = List.of("ALCOHOL");
    private @Nullable String referrer;

    static ReferralFixtures aReferral() {
        return new ReferralFixtures();
    }

    ReferralFixtures by(Channel channel) {
        this.channel = channel;
        if (channel == Channel.PROFESSIONAL || channel == Channel.API) {
            referrer = "Dr A Referrer";
        }
        return this;
    }

    ReferralFixtures named(String familyName) {
        this.familyName = familyName;
        return this;
    }

    ReferralFixtures bornOn(LocalDate date) {
        this.dateOfBirth = date;
        return this;
    }

    ReferralFixtures withNhsNumber(@Nullable String nhsNumber) {
        this.nhsNumber = nhsNumber;
        return this;
    }

    ReferralFixtures withRisks(Risk... risks) {
        this.risks = Set.of(risks);
        return this;
    }

    ReferralFixtures usingSubstances(String... codes) {
        this.substances = List.of(codes);
        return this;
    }

    NewReferral build() {
        return NewReferralBuilder.aReferral()
                .channel(channel)
                .familyName(familyName)
                .born(dateOfBirth)
                .nhsNumber(nhsNumber)
                .referrer(referrer, referrer == null ? null : "Oakwood Surgery")
                .substances(substances)
                .risks(risks)
                .build();
    }
}
