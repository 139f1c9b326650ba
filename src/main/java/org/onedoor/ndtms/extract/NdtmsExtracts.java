package org.onedoor.ndtms.extract;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.audittrail.AccessEvent;
import org.onedoor.audittrail.AccessLog;
import org.onedoor.audittrail.AuditSubject;
import org.onedoor.client.AccessPolicy;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.onedoor.shared.ResultPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The NDTMS monthly extract (see the package description): the providers one may submit for, the validation report,
 * the file streamed to a download, and the history of files produced.
 */
@Service
public class NdtmsExtracts {

    static final FieldProblems.Kind PROBLEMS = new FieldProblems.Kind("NDTMS_EXTRACT_INVALID", "extract");

    private final ExtractPass pass;
    private final ExtractHistory history;
    private final AccessPolicy accessPolicy;
    private final Directory directory;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;
    private final Clock clock;

    NdtmsExtracts(
            ExtractPass pass,
            ExtractHistory history,
            AccessPolicy accessPolicy,
            Directory directory,
            CurrentUsers currentUsers,
            AccessLog accessLog,
            Clock clock) {
        this.pass = pass;
        this.history = history;
        this.accessPolicy = accessPolicy;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** The providers the signed-in person may submit for: every active provider from a lead provider, else their own. */
    @PreAuthorize("hasAuthority('NDTMS_EXTRACT')")
    public List<OrganisationSummary> providers() {
        CurrentUser user = currentUsers.require();
        List<OrganisationSummary> all = new ArrayList<>(directory.activeOrganisations(OrganisationType.LEAD_PROVIDER));
        all.addAll(directory.activeOrganisations(OrganisationType.PARTNER_PROVIDER));
        boolean lead = all.stream()
                .anyMatch(o -> o.id().equals(user.organisationId()) && o.type() == OrganisationType.LEAD_PROVIDER);
        return all.stream()
                .filter(o -> lead || o.id().equals(user.organisationId()))
                .sorted(Comparator.comparing(OrganisationSummary::name))
                .toList();
    }

    /** Every problem of every record of the provider's extract for the month, and what would go. */
    @PreAuthorize("hasAuthority('NDTMS_EXTRACT')")
    @Transactional(readOnly = true)
    public ExtractReport check(UUID providerId, YearMonth month) {
        OrganisationSummary provider = allowed(providerId, month);
        ExtractPeriod period = ExtractPeriod.of(month, today());
        List<ExtractProblem> problems = new ArrayList<>();
        ExtractPass.Counts counts = pass.run(providerId, period, fields -> {}, problems::add);
        accessLog.record(new AccessEvent(
                AccessAction.VIEW,
                AuditSubject.of("ORGANISATION", providerId),
                "NDTMS extract validation report",
                "Agency " + agencyOf(provider) + ", month " + month + ": " + counts.problems
                        + " problems listed by client reference"));
        return new ExtractReport(
                providerId,
                provider.name(),
                agencyOf(provider),
                month,
                period.yearStart(),
                period.cutOff(),
                counts.records,
                counts.withheld,
                problems);
    }

    /**
     * Streams the provider's extract for the month into {@code out}, records with errors held back, then writes the
     * history entry and the audit-trail export. The caller owns {@code out}.
     */
    @PreAuthorize("hasAuthority('NDTMS_EXTRACT')")
    @Transactional
    public ExtractHistoryEntry write(UUID providerId, YearMonth month, OutputStream out) {
        OrganisationSummary provider = allowed(providerId, month);
        String agency = agencyOf(provider);
        ExtractPass.Counts counts;
        String sha256;
        try (ExtractFile file = new ExtractFile(out)) {
            counts = pass.run(providerId, ExtractPeriod.of(month, today()), file::write, problem -> {});
            sha256 = file.finish();
        }
        var now = clock.instant();
        String by = currentUsers.actorName();
        UUID id = history.add(providerId, agency, month, counts, sha256, now, by);
        accessLog.record(new AccessEvent(
                AccessAction.EXPORT,
                AuditSubject.of("ORGANISATION", providerId),
                "NDTMS monthly extract",
                "Agency " + agency + ", month " + month + ": " + counts.records + " records sent, " + counts.withheld
                        + " held back; SHA-256 " + sha256));
        return new ExtractHistoryEntry(
                id, provider.name(), agency, month, counts.records, counts.problems, counts.withheld, sha256, now, by);
    }

    /** Extracts produced, newest first: all of them for a lead provider's data officer, else their provider's. */
    @PreAuthorize("hasAuthority('NDTMS_EXTRACT')")
    @Transactional(readOnly = true)
    public ResultPage<ExtractHistoryEntry> history(int pageIndex, int size) {
        CurrentUser user = currentUsers.require();
        boolean lead = directory
                .findOrganisation(user.organisationId())
                .filter(o -> o.type() == OrganisationType.LEAD_PROVIDER)
                .isPresent();
        return history.page(lead ? null : user.organisationId(), pageIndex, ResultPage.clampSize(size));
    }

    /** The download's file name, {@code NDTMS_<agency>_<yyyyMM>.csv}, once the person may produce it. */
    @PreAuthorize("hasAuthority('NDTMS_EXTRACT')")
    public String fileName(UUID providerId, YearMonth month) {
        return "NDTMS_" + agencyOf(allowed(providerId, month)) + "_"
                + month.toString().replace("-", "") + ".csv";
    }

    /** The month a file may be asked for: one that has begun. */
    public boolean validMonth(YearMonth month) {
        return !month.isAfter(YearMonth.from(today()));
    }

    private OrganisationSummary allowed(UUID providerId, YearMonth month) {
        accessPolicy.requireNdtmsSubmission(providerId);
        if (!validMonth(month)) {
            throw PROBLEMS.one("month", "MONTH_INVALID", Messages.text("ndtms.extract.month.invalid"));
        }
        OrganisationSummary provider = directory.organisation(providerId);
        agencyOf(provider);
        return provider;
    }

    private static String agencyOf(OrganisationSummary provider) {
        String ods = provider.odsCode();
        if (ods == null || ods.isBlank()) {
            throw PROBLEMS.one("provider", "NO_AGENCY_CODE", Messages.text("ndtms.extract.provider.no-agency"));
        }
        return ods;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
