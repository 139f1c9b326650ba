package org.onedoor.partnership;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Practice offers are saved and found, never deleted. */
interface PracticeOffers extends Repository<PracticeOffer, UUID> {

    PracticeOffer save(PracticeOffer offer);

    Optional<PracticeOffer> findById(UUID id);

    @Query("""
            select * from practice_offer
             where practice_id = :practiceId and intervention = :intervention and substance_group = :substanceGroup
               and withdrawn_at is null
            """)
    List<PracticeOffer> findCell(UUID practiceId, String intervention, String substanceGroup);
}
