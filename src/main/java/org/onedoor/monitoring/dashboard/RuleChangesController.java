package org.onedoor.monitoring.dashboard;

import org.onedoor.indicators.IndicatorScope;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Privilege;
import org.onedoor.shared.AccessRefused;
import org.onedoor.shared.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The perverse-incentive monitors at {@code /monitoring/rule-changes}: treatment before and after each change of a
 * contract's payment rules, for those who read both the dashboards and contracts.
 */
@Controller
class RuleChangesController {

    private final RuleChanges changes;
    private final Viewers viewers;
    private final CurrentUsers currentUsers;

    RuleChangesController(RuleChanges changes, Viewers viewers, CurrentUsers currentUsers) {
        this.changes = changes;
        this.viewers = viewers;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/monitoring/rule-changes")
    String page(Model model) {
        CurrentUser user = currentUsers.require();
        if (!user.has(Privilege.CONTRACT_VIEW) || !user.has(Privilege.MONITORING_VIEW)) {
            throw new AccessRefused(Messages.text("monitoring.ruleChanges.contractsOnly"));
        }
        Viewer viewer = viewers.of(user);
        IndicatorScope scope = switch (viewer.side()) {
            case PRACTICE -> IndicatorScope.practice(viewer.organisationId());
            case PROVIDER -> IndicatorScope.provider(viewer.organisationId());
            default -> IndicatorScope.partnership();
        };
        model.addAttribute("viewer", viewer);
        model.addAttribute("changes", changes.changes(viewer, scope));
        return "monitoring/dashboard/rule-changes";
    }
}
