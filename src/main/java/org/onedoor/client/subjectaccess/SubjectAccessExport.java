package org.onedoor.client.subjectaccess;

import static org.onedoor.shared.Text.tidy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.audittrail.AccessEvent;
import org.onedoor.client.AlertEntry;
import org.onedoor.client.ClientAudit;
import org.onedoor.client.ClientIdentity;
import org.onedoor.client.ClientRecordQuery;
import org.onedoor.client.SealedCategory;
import org.onedoor.client.TimelineEntry;
import org.onedoor.client.merge.MergeLinks;
import org.onedoor.client.spi.SubjectAccessSection;
import org.onedoor.client.subjectaccess.SubjectAccessPackage.Held;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Answers a client's subject-access request: everything held about them, the records merged into theirs included,
 * and who has looked at it; entries voided as recorded in error are included and marked. Information about other
 * people (entries sealed {@link SealedCategory#THIRD_PARTY}) is withheld and counted. For the IG lead, who answers these requests; every export is written to the audit trail,
 * with the request's reference, before it is handed over.
 */
@Service
public class SubjectAccessExport {

    static final List<String> INCLUDED = List.of(
            "Identity and contact details",
            "Care team (all entries)",
            "Consent decisions",
            "Alerts, sealed ones included",
            "Problem substances",
            "The whole timeline",
            "Entries removed as recorded in error, marked as such",
            "Changes to the record",
            "Who has looked at the record");

    /**
     * The tables the client record's own part of the export covers: break-glass openings and merges appear as
     * entries of "Who has looked at the record" and as the merged records; the audit trail's entries about the client
     * are that list.
     */
    static final Set<String> OWN_TABLES = Set.of(
            "client",
            "client_history",
            "client_care_team",
            "client_consent",
            "client_alert",
            "client_substance",
            "client_timeline",
            "client_break_glass",
            "client_merge",
            "audit_access_log");

    private final ClientRecordQuery record;
    private final SubjectAccessQuery query;
    private final MergeLinks links;
    private final List<SubjectAccessSection> sections;
    private final SubjectAccessLooks looks;
    private final ClientAudit audit;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    SubjectAccessExport(
            ClientRecordQuery record,
            SubjectAccessQuery query,
            MergeLinks links,
            List<SubjectAccessSection> sections,
            SubjectAccessLooks looks,
            ClientAudit audit,
            CurrentUsers currentUsers,
            Clock clock) {
        this.record = record;
        this.query = query;
        this.links = links;
        this.sections = List.copyOf(sections);
        this.looks = looks;
        this.audit = audit;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** The client a request is about and what the export will include; a merged record leads to its survivor. */
    @PreAuthorize("hasAuthority('CLIENT_SUBJECT_ACCESS')")
    public Preview preview(UUID clientId) {
        UUID survivor = links.survivorOf(clientId);
        ClientIdentity identity = identity(survivor);
        Set<UUID> ids = links.withMerged(survivor);
        audit.did(AccessAction.VIEW, survivor, "Subject access request", "Subject-access export page");
        List<String> included = Stream.concat(
                        INCLUDED.stream(), sections.stream().map(SubjectAccessSection::title))
                .toList();
        return new Preview(identity, merged(ids, survivor), included);
    }

    /**
     * Everything held about the client. The export is recorded in the audit trail, with the request's reference as
     * its purpose, before it is returned.
     *
     * @param requestReference the request's reference and when it was received, e.g. "SAR-2026-014, 1 Dec 2026"
     */
    @PreAuthorize("hasAuthority('CLIENT_SUBJECT_ACCESS')")
    public SubjectAccessPackage export(
            UUID clientId, @Nullable String requestReference, @Nullable SubjectAccessFormat format) {
        String reference = tidy(requestReference);
        if (reference == null) {
            throw new DomainRuleViolation(
                    "REFERENCE_REQUIRED",
                    "requestReference",
                    Messages.text("client.requestReference.referenceRequired"));
        }
        if (reference.length() > AccessEvent.MAX_PURPOSE) {
            throw new DomainRuleViolation(
                    "TOO_LONG",
                    "requestReference",
                    Messages.text("client.requestReference.tooLong", AccessEvent.MAX_PURPOSE));
        }
        SubjectAccessFormat as = Objects.requireNonNullElse(format, SubjectAccessFormat.JSON);
        UUID survivor = links.survivorOf(clientId);
        ClientIdentity identity = identity(survivor);
        Set<UUID> ids = links.withMerged(survivor);
        Map<SealedCategory, Long> withheld = new EnumMap<>(SealedCategory.class);
        List<Held<AlertEntry>> alerts =
                included(query.alerts(survivor), held -> held.entry().sealedAs(), withheld);
        List<Held<TimelineEntry>> timeline =
                included(query.timeline(survivor), held -> held.entry().sealedAs(), withheld);
        List<SubjectAccessPackage.Section> contributed = sections.stream()
                .map(section -> new SubjectAccessPackage.Section(section.title(), section.items(ids)))
                .toList();
        SubjectAccessPackage found = new SubjectAccessPackage(
                reference,
                clock.instant(),
                currentUsers.actorName(),
                identity,
                merged(ids, survivor),
                record.careTeam(survivor),
                query.consents(survivor),
                alerts,
                query.substances(survivor),
                timeline,
                query.history(ids),
                contributed,
                withheld.entrySet().stream()
                        .map(e -> SubjectAccessPackage.Withheld.of(e.getKey(), e.getValue()))
                        .toList(),
                looks.of(ids));
        audit.did(
                AccessAction.EXPORT,
                survivor,
                reference,
                "Subject-access export (" + as.label() + ") of " + identity.reference()
                        + (ids.size() > 1 ? " and " + (ids.size() - 1) + " merged record(s)" : ""));
        return found;
    }

    /** Every table some part of the export declares it covers. */
    Set<String> coveredTables() {
        Set<String> covered = new java.util.TreeSet<>(OWN_TABLES);
        sections.forEach(section -> covered.addAll(section.tables()));
        return covered;
    }

    private ClientIdentity identity(UUID clientId) {
        return record.identity(clientId).orElseThrow(() -> new NotFound("Client", clientId));
    }

    private List<String> merged(Set<UUID> ids, UUID survivor) {
        Map<UUID, String> references = query.references(ids);
        return ids.stream()
                .filter(id -> !id.equals(survivor))
                .map(references::get)
                .sorted()
                .toList();
    }

    private static <T> List<T> included(
            List<T> entries,
            java.util.function.Function<T, @Nullable SealedCategory> seal,
            Map<SealedCategory, Long> withheld) {
        List<T> kept = new ArrayList<>();
        for (T entry : entries) {
            SealedCategory category = seal.apply(entry);
            if (category != null && !category.inSubjectAccess()) {
                withheld.merge(category, 1L, Long::sum);
            } else {
                kept.add(entry);
            }
        }
        return kept;
    }

    /** The client a request is about, the records merged into theirs, and what an export would include. */
    public record Preview(ClientIdentity identity, List<String> mergedRecords, List<String> included) {}
}
