package org.onedoor.audittrail;

import static org.onedoor.shared.Text.tidy;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One access to identifiable data, as the calling module describes it. The {@link AccessLog} adds who, when and
 * from where.
 *
 * @param subject the record accessed; absent only for a search or export that names no single record
 * @param purpose why: the purpose of use, or for {@link AccessAction#BREAK_GLASS} the reason given (required)
 * @param detail  what else a reviewer needs, such as the search terms or the export's scope
 */
public record AccessEvent(
        AccessAction action,
        @Nullable AuditSubject subject,
        @Nullable String purpose,
        @Nullable String detail) {

    public static final int MAX_PURPOSE = 500;
    public static final int MAX_DETAIL = 1000;

    public AccessEvent {
        Objects.requireNonNull(action, "action");
        purpose = tidy(purpose);
        detail = tidy(detail);
        if (subject == null && action != AccessAction.SEARCH && action != AccessAction.EXPORT) {
            throw new IllegalArgumentException("A " + action + " must name the record accessed");
        }
        if (action == AccessAction.BREAK_GLASS && purpose == null) {
            throw new IllegalArgumentException("Break-glass access needs a reason");
        }
        if (purpose != null && purpose.length() > MAX_PURPOSE) {
            throw new IllegalArgumentException("An audit purpose must be " + MAX_PURPOSE + " characters or fewer");
        }
        if (detail != null && detail.length() > MAX_DETAIL) {
            throw new IllegalArgumentException("An audit detail must be " + MAX_DETAIL + " characters or fewer");
        }
    }

    public static AccessEvent of(AccessAction action, AuditSubject subject) {
        return new AccessEvent(action, subject, null, null);
    }
}
