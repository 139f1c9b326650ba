package org.onedoor.referral;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** Enquiries are saved and found, never deleted. */
interface EnquiryRepository extends Repository<Enquiry, UUID> {

    Enquiry save(Enquiry enquiry);

    Optional<Enquiry> findById(UUID id);
}
