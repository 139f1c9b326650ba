package org.onedoor.contract.store;

import java.util.Map;
import java.util.Set;
import org.onedoor.contract.document.ContractHeader.Status;
import org.onedoor.shared.DomainRuleViolation;

/** The only moves a contract makes: a draft is activated, an active contract ends. Nothing comes back. */
final class ContractLifecycle {

    private static final Map<Status, Set<Status>> NEXT = Map.of(
            Status.DRAFT, Set.of(Status.ACTIVE),
            Status.ACTIVE, Set.of(Status.ENDED),
            Status.ENDED, Set.of());

    private ContractLifecycle() {}

    static void check(String reference, Status from, Status to) {
        if (NEXT.get(from).contains(to)) {
            return;
        }
        String why = switch (from) {
            case DRAFT -> "a draft can only be activated";
            case ACTIVE -> to == Status.ACTIVE ? "it is already active" : "an active contract can only end";
            case ENDED -> "it has ended, and an ended contract does not change";
        };
        throw new DomainRuleViolation(
                "CONTRACT_LIFECYCLE",
                "status",
                "Contract " + reference + " is " + from.name().toLowerCase() + " and cannot become "
                        + to.name().toLowerCase() + ": " + why);
    }
}
