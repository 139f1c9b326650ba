package org.onedoor.treatment;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.onedoor.client.ClientRecordsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A merge listener that fails for the duplicates it is armed for, as a module's listener might (a constraint, a
 * database error), to show that a merge is all or nothing.
 */
@Component
class MergeSaboteur {

    private final Set<UUID> armed = ConcurrentHashMap.newKeySet();

    void armFor(UUID duplicateId) {
        armed.add(duplicateId);
    }

    @EventListener
    void on(ClientRecordsMerged merge) {
        if (armed.remove(merge.duplicateId().value())) {
            throw new IllegalStateException("A module could not follow merge " + merge.mergeId());
        }
    }
}
