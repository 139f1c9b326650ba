package org.onedoor.client.subjectaccess;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.audittrail.RecordedAccess;
import org.onedoor.audittrail.SubjectAccessHistory;
import org.onedoor.client.ClientAudit;
import org.onedoor.security.Role;
import org.springframework.stereotype.Component;

/**
 * "Who has looked at the record" for a subject-access export: the audit trail's entries about the client's records,
 * each with the record's reference, the person's roles and organisation by name, and the action in plain words.
 */
@Component
class SubjectAccessLooks {

    private final SubjectAccessHistory accesses;
    private final SubjectAccessQuery query;

    SubjectAccessLooks(SubjectAccessHistory accesses, SubjectAccessQuery query) {
        this.accesses = accesses;
        this.query = query;
    }

    /** Every entry of the audit trail about the records, as the export shows it. */
    List<SubjectAccessPackage.Look> of(Set<UUID> ids) {
        List<RecordedAccess> entries = accesses.about(ClientAudit.KIND, ids);
        Map<UUID, String> references = query.references(ids);
        Map<UUID, String> organisations = query.organisationNames(entries.stream()
                .map(RecordedAccess::organisationId)
                .filter(Objects::nonNull)
                .toList());
        return entries.stream()
                .map(entry -> new SubjectAccessPackage.Look(
                        entry.at(),
                        references.get(entry.subjectId()),
                        entry.username(),
                        roleLabels(entry.roles()),
                        entry.organisationId(),
                        entry.organisationId() == null ? null : organisations.get(entry.organisationId()),
                        entry.action().name(),
                        label(entry.action()),
                        entry.purpose(),
                        entry.detail()))
                .toList();
    }

    private static @Nullable String roleLabels(@Nullable String roles) {
        if (roles == null || roles.isBlank()) {
            return null;
        }
        return String.join(
                ", ",
                Arrays.stream(roles.split(","))
                        .map(String::strip)
                        .map(name -> {
                            try {
                                return Role.valueOf(name).label();
                            } catch (IllegalArgumentException unknown) {
                                return name;
                            }
                        })
                        .toList());
    }

    private static String label(AccessAction action) {
        return switch (action) {
            case VIEW -> "Viewed";
            case SEARCH -> "Found in a search";
            case CREATE -> "Recorded";
            case CHANGE -> "Changed";
            case VOID -> "Removed (recorded in error)";
            case EXPORT -> "Exported";
            case BREAK_GLASS -> "Opened in an emergency (break-glass)";
            case REFUSED -> "Tried to open the record and was refused";
        };
    }
}
