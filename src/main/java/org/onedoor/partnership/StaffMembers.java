package org.onedoor.partnership;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** Staff members are saved and found, never deleted. */
interface StaffMembers extends Repository<StaffMember, UUID> {

    StaffMember save(StaffMember member);

    Optional<StaffMember> findById(UUID id);
}
