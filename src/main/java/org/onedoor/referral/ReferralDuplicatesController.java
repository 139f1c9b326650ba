package org.onedoor.referral;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Possible duplicates of one referral: a panel htmx pulls into the referral page ({@code HX-Request}), or a page of
 * its own for a plain link.
 */
@Controller
class ReferralDuplicatesController {

    private final DuplicateCandidates duplicates;

    ReferralDuplicatesController(DuplicateCandidates duplicates) {
        this.duplicates = duplicates;
    }

    @GetMapping("/referrals/{id}/duplicates")
    String duplicates(
            @PathVariable UUID id,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        model.addAttribute("referralId", id);
        model.addAttribute("candidates", duplicates.candidatesFor(id));
        model.addAttribute("clients", duplicates.clientCandidatesFor(id));
        return htmx != null ? "referral/duplicates :: panel" : "referral/duplicates";
    }
}
