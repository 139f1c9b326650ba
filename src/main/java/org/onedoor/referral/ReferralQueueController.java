package org.onedoor.referral;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.ResultPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The SPOC queue (urgent first, then oldest) and each referral's page. */
@Controller
class ReferralQueueController {

    static final int PAGE_SIZE = 25;

    private final ReferralQueue queue;
    private final ReferralRecords records;

    ReferralQueueController(ReferralQueue queue, ReferralRecords records) {
        this.queue = queue;
        this.records = records;
    }

    @GetMapping("/referrals")
    String queue(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable ReferralStatus status,
            @RequestParam(required = false) @Nullable Channel channel,
            @RequestParam(defaultValue = "false") boolean urgent,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        model.addAttribute("summary", queue.summary());
        model.addAttribute(
                "results",
                queue.page(new QueueFilter(q, status, urgent, channel, ResultPage.indexOf(page), PAGE_SIZE)));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("channel", channel);
        model.addAttribute("urgent", urgent);
        model.addAttribute("statuses", ReferralStatus.values());
        model.addAttribute("channels", Channel.values());
        URI self = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page")
                .build()
                .toUri();
        model.addAttribute(
                "links",
                new PageLinks(self.getRawPath() + (self.getRawQuery() == null ? "" : "?" + self.getRawQuery())));
        return "referral/queue";
    }

    @GetMapping("/referrals/{id}")
    String referral(@PathVariable java.util.UUID id, Model model) {
        model.addAttribute("referral", records.view(id));
        return "referral/referral";
    }

    /** Links to other pages of the same filtered queue. */
    record PageLinks(String current) {

        public String pageLink(int page) {
            return current + (current.contains("?") ? "&" : "?") + "page=" + page;
        }
    }
}
