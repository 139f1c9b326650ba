package org.onedoor.site;

import org.onedoor.security.AccountChanges;
import org.onedoor.shared.ResultPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The IG lead's report of changes to user accounts: every grant or removal of a role, and every account disabled or
 * enabled, with who did it and when, latest first. A role that opens client records is a route to clinical data.
 */
@Controller
class AccountChangesReportController {

    private static final int PAGE_SIZE = 50;

    private final AccountChanges changes;

    AccountChangesReportController(AccountChanges changes) {
        this.changes = changes;
    }

    @GetMapping("/ig/account-changes")
    String report(
            @RequestParam(defaultValue = "1") String page,
            @RequestParam(defaultValue = "") String account,
            Model model) {
        int index = pageIndex(page);
        String typed = account.strip();
        String wanted = typed.length() > 100 ? typed.substring(0, 100) : typed;
        model.addAttribute("account", wanted);
        model.addAttribute(
                "results",
                new ResultPage<>(changes.latest(wanted, index, PAGE_SIZE), index, PAGE_SIZE, changes.count(wanted)));
        model.addAttribute(
                "links",
                new UserAccountsController.PageLinks("/ig/account-changes?account="
                        + java.net.URLEncoder.encode(wanted, java.nio.charset.StandardCharsets.UTF_8) + "&page="));
        return "site/account-changes";
    }

    /** A page number as typed: not a number is the first page; any number is clamped (ResultPage.indexOf). */
    private static int pageIndex(String page) {
        try {
            return ResultPage.indexOf(Integer.parseInt(page.strip()));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
