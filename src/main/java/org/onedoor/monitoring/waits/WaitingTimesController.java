package org.onedoor.monitoring.waits;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.ClientRecords;
import org.onedoor.monitoring.audience.ProviderSide;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Privilege;
import org.onedoor.shared.AccessRefused;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The waiting-times page for SPOC managers and commissioners, and for provider-side staff the referrals behind a
 * figure: each listed only where the access policy lets the person see its client (a referral not yet linked to a
 * client only to those who work the SPOC queue).
 */
@Controller
class WaitingTimesController {

    private final WaitingTimesPage page;
    private final ClientRecords clients;
    private final ProviderSide providerSide;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    WaitingTimesController(
            WaitingTimesPage page,
            ClientRecords clients,
            ProviderSide providerSide,
            CurrentUsers currentUsers,
            Clock clock) {
        this.page = page;
        this.clients = clients;
        this.providerSide = providerSide;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** The period and grouping asked for, with a problem per field that cannot be read. */
    record Filter(
            LocalDate from, LocalDate to, GroupBy by, String typedFrom, String typedTo, Map<String, String> errors) {

        public String query() {
            return "from=" + from + "&to=" + to + "&by=" + by.name();
        }
    }

    @GetMapping("/monitoring/waiting-times")
    String waitingTimes(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String by,
            Model model) {
        Filter filter = filter(from, to, by);
        WaitingTimesPage.Summary summary;
        try {
            summary = page.summary(filter.from(), filter.to(), filter.by());
        } catch (DomainRuleViolation refused) {
            filter.errors().put(refused.field() == null ? "" : refused.field(), refused.getMessage());
            LocalDate today = LocalDate.now(clock);
            summary = page.summary(today.minusMonths(12), today, filter.by());
        }
        model.addAttribute("filter", filter);
        model.addAttribute("summary", summary);
        model.addAttribute("errors", filter.errors());
        model.addAttribute("hasErrors", !filter.errors().isEmpty());
        model.addAttribute("groupings", GroupBy.values());
        return "monitoring/waits/waiting-times";
    }

    @GetMapping("/monitoring/waiting-times/referrals")
    String behind(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String by,
            @RequestParam String group,
            Model model) {
        CurrentUser user = currentUsers.require();
        if (!user.has(Privilege.WAITING_TIMES_VIEW) || !providerSide.includes(user)) {
            throw new AccessRefused(Messages.text("monitoring.waits.providerSideOnly"));
        }
        Filter filter = filter(from, to, by);
        if (!filter.errors().isEmpty() || !(WaitingTimesPage.NONE.equals(group) || isId(group))) {
            return "redirect:/monitoring/waiting-times";
        }
        List<ReferralPlaces.Place> all = page.behind(filter.from(), filter.to(), filter.by(), group);
        List<UUID> clientIds = all.stream()
                .map(ReferralPlaces.Place::clientId)
                .filter(Objects::nonNull)
                .toList();
        Map<UUID, String> names = user.has(Privilege.CLIENT_RECORD_VIEW) && !clientIds.isEmpty()
                ? clients.namesOf(clientIds, "Waiting times: referrals behind a figure")
                : Map.of();
        boolean queue = user.has(Privilege.REFERRAL_QUEUE_VIEW);
        List<ReferralPlaces.Place> shown = all.stream()
                .filter(p -> p.clientId() == null ? queue : names.containsKey(p.clientId()))
                .toList();
        model.addAttribute("filter", filter);
        model.addAttribute("groupName", page.name(group, filter.by()));
        model.addAttribute("rows", shown);
        model.addAttribute("names", names);
        model.addAttribute("notShown", all.size() - shown.size());
        return "monitoring/waits/referrals";
    }

    private Filter filter(@Nullable String from, @Nullable String to, @Nullable String by) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate start = date(from, today.minusMonths(12).withDayOfMonth(1), "from", errors);
        LocalDate end = date(to, today, "to", errors);
        if (end.isAfter(today)) {
            errors.put("to", Messages.text("monitoring.waits.toFuture"));
            end = today;
        }
        GroupBy grouping = "PRACTICE".equals(by) ? GroupBy.PRACTICE : GroupBy.SERVICE;
        return new Filter(
                start, end, grouping, from == null ? start.toString() : from, to == null ? end.toString() : to, errors);
    }

    private static LocalDate date(
            @Nullable String typed, LocalDate otherwise, String field, Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADate) {
            errors.put(field, Messages.text("monitoring.waits.notADate"));
            return otherwise;
        }
    }

    private static boolean isId(String typed) {
        try {
            UUID.fromString(typed);
            return true;
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
    }
}
