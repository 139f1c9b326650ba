package org.onedoor.partnership;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Organisations are saved and found, never deleted. */
interface Organisations extends Repository<Organisation, UUID> {

    Organisation save(Organisation organisation);

    Optional<Organisation> findById(UUID id);

    @Query("select * from organisation where ods_code = :odsCode")
    Optional<Organisation> findByOdsCode(String odsCode);
}
