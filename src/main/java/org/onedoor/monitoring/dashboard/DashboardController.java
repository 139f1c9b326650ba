package org.onedoor.monitoring.dashboard;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.assessment.ReportingSubstanceGroup;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Privilege;
import org.onedoor.shared.AccessRefused;
import org.onedoor.shared.Messages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboards at {@code /monitoring}, their CSV and XLSX downloads, and the home page's figures fragment. Filters
 * come as query parameters, so a filtered dashboard is a link; a bad one re-renders the page with an error summary
 * and a 400. Provider-side staff asking for another organisation's figures are refused with a 403 that says why.
 */
@Controller
class DashboardController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Dashboards dashboards;
    private final HomeFigures homeFigures;
    private final Viewers viewers;
    private final Directory directory;
    private final PaymentSummaryQuery payments;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    DashboardController(
            Dashboards dashboards,
            HomeFigures homeFigures,
            Viewers viewers,
            Directory directory,
            PaymentSummaryQuery payments,
            CurrentUsers currentUsers,
            Clock clock) {
        this.dashboards = dashboards;
        this.homeFigures = homeFigures;
        this.viewers = viewers;
        this.directory = directory;
        this.payments = payments;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/monitoring")
    String page(
            @RequestParam(required = false) @Nullable String period,
            @RequestParam(required = false) @Nullable String provider,
            @RequestParam(required = false) @Nullable String practice,
            @RequestParam(required = false) @Nullable String contract,
            @RequestParam(required = false) @Nullable String group,
            Model model,
            HttpServletResponse response) {
        CurrentUser user = currentUsers.require();
        Viewer viewer = viewers.of(user);
        boolean withPayments = user.has(Privilege.CONTRACT_VIEW);
        DashboardFilter filter = filter(viewer, withPayments, period, provider, practice, contract, group, model);
        if (!filter.valid()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "monitoring/dashboard/dashboard";
        }
        model.addAttribute("dashboard", dashboards.dashboard(viewer, filter, withPayments));
        return "monitoring/dashboard/dashboard";
    }

    @Hidden
    @GetMapping("/monitoring/export")
    Object export(
            @RequestParam(required = false) @Nullable String table,
            @RequestParam(required = false) @Nullable String format,
            @RequestParam(required = false) @Nullable String period,
            @RequestParam(required = false) @Nullable String provider,
            @RequestParam(required = false) @Nullable String practice,
            @RequestParam(required = false) @Nullable String contract,
            @RequestParam(required = false) @Nullable String group,
            Model model,
            HttpServletResponse response) {
        CurrentUser user = currentUsers.require();
        Viewer viewer = viewers.of(user);
        boolean withPayments = user.has(Privilege.CONTRACT_VIEW);
        DashboardFilter filter = filter(viewer, withPayments, period, provider, practice, contract, group, model);
        boolean csv = "csv".equals(format);
        if (!csv && !"xlsx".equals(format)) {
            filter.problems().put("export", Messages.text("monitoring.dashboard.export.unknown"));
        }
        if (!filter.valid()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "monitoring/dashboard/dashboard";
        }
        Dashboard dashboard = dashboards.dashboard(viewer, filter, withPayments);
        DataTable chosen = dashboard.table(table == null ? "" : table).orElse(null);
        if (chosen == null) {
            filter.problems().put("export", Messages.text("monitoring.dashboard.export.unknown"));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "monitoring/dashboard/dashboard";
        }
        String name = "onedoor-" + chosen.key() + "-" + filter.period() + (csv ? ".csv" : ".xlsx");
        return ResponseEntity.ok()
                .contentType(csv ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8) : XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(csv ? TableExport.csv(chosen) : TableExport.xlsx(chosen));
    }

    @GetMapping("/monitoring/home-figures")
    String homeFigures(Model model) {
        Viewer viewer = viewers.of(currentUsers.require());
        model.addAttribute("viewer", viewer);
        model.addAttribute("headlines", homeFigures.headlines(viewer));
        model.addAttribute("month", YearMonth.now(clock).minusMonths(1));
        return "monitoring/dashboard/home :: figures";
    }

    private DashboardFilter filter(
            Viewer viewer,
            boolean withPayments,
            @Nullable String period,
            @Nullable String provider,
            @Nullable String practice,
            @Nullable String contract,
            @Nullable String group,
            Model model) {
        List<OrganisationSummary> providers =
                new ArrayList<>(directory.activeOrganisations(OrganisationType.LEAD_PROVIDER));
        providers.addAll(directory.activeOrganisations(OrganisationType.PARTNER_PROVIDER));
        List<OrganisationSummary> practices = directory.activeOrganisations(OrganisationType.GP_PRACTICE);
        List<PaymentSummaryQuery.ContractChoice> contracts = withPayments ? payments.contracts() : List.of();
        DashboardFilter filter = DashboardFilter.read(
                period,
                provider,
                practice,
                contract,
                group,
                YearMonth.now(clock),
                new DashboardFilter.Choices(
                        ids(providers.stream().map(OrganisationSummary::id).toList()),
                        ids(practices.stream().map(OrganisationSummary::id).toList()),
                        ids(contracts.stream()
                                .map(PaymentSummaryQuery.ContractChoice::id)
                                .toList())));
        if (viewer.providerSide() && (!own(viewer, filter.provider()) || !own(viewer, filter.practice()))) {
            throw new AccessRefused(Messages.text("monitoring.dashboard.ownOrganisationOnly"));
        }
        model.addAttribute("filter", filter);
        model.addAttribute("viewer", viewer);
        model.addAttribute("providers", providers);
        model.addAttribute("practices", practices);
        model.addAttribute("contracts", contracts);
        model.addAttribute("groups", ReportingSubstanceGroup.values());
        return filter;
    }

    private static boolean own(Viewer viewer, @Nullable UUID chosen) {
        return chosen == null || chosen.equals(viewer.organisationId());
    }

    private static Set<UUID> ids(List<UUID> ids) {
        return new HashSet<>(ids);
    }
}
