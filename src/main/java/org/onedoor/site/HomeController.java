package org.onedoor.site;

import org.onedoor.client.AccessReviews;
import org.onedoor.referral.ReferralInbox;
import org.onedoor.referral.ReferralQueue;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Privilege;
import org.onedoor.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what is waiting for this person today, then the links their roles open. */
@Controller
class HomeController {

    private final CurrentUsers currentUsers;
    private final ReferralQueue queue;
    private final ReferralInbox inbox;
    private final AccessReviews accessReviews;

    HomeController(CurrentUsers currentUsers, ReferralQueue queue, ReferralInbox inbox, AccessReviews accessReviews) {
        this.currentUsers = currentUsers;
        this.queue = queue;
        this.inbox = inbox;
        this.accessReviews = accessReviews;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = currentUsers.require();
        if (user.has(Privilege.REFERRAL_QUEUE_VIEW)) {
            model.addAttribute("queue", queue.summary());
        }
        if (user.has(Privilege.REFERRAL_RECEIVE)) {
            model.addAttribute("inboxWaiting", inbox.waiting(0, 1).totalItems());
        }
        if (user.has(Privilege.CLIENT_ACCESS_REVIEW)) {
            model.addAttribute("breakGlassAwaiting", accessReviews.awaitingReview());
        }
        model.addAttribute("monitoringFigures", user.holds(Role.COMMISSIONER) && user.has(Privilege.MONITORING_VIEW));
        return "site/home";
    }
}
