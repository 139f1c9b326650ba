package org.onedoor.referral;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** Referrals are saved and found, never deleted. */
interface Referrals extends Repository<Referral, UUID> {

    Referral save(Referral referral);

    Optional<Referral> findById(UUID id);
}
