package org.onedoor.monitoring;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.monitoring.alerts.AlertSeverity;
import org.onedoor.monitoring.alerts.DrugAlerts;
import org.onedoor.monitoring.alerts.DrugEffectReports;
import org.onedoor.monitoring.alerts.EffectSeverity;
import org.onedoor.monitoring.alerts.NewDrugAlert;
import org.onedoor.monitoring.alerts.NewDrugEffectReport;
import org.springframework.stereotype.Service;

/**
 * The module API of drug alerts for other modules (the demo generator): report an unusual drug effect as the person
 * acting, and issue an alert from a report. The same checks, privileges and audit trail as the screens.
 */
@Service
public class DrugAlerting {

    private final DrugEffectReports reports;
    private final DrugAlerts alerts;

    DrugAlerting(DrugEffectReports reports, DrugAlerts alerts) {
        this.reports = reports;
        this.alerts = alerts;
    }

    /** An anonymous report; {@code severity} is MILD, MODERATE, SEVERE, LIFE_THREATENING or FATAL. */
    public UUID report(String substance, String whatHappened, @Nullable String place, LocalDate on, String severity) {
        return reports.report(
                new NewDrugEffectReport(substance, whatHappened, place, on, EffectSeverity.valueOf(severity), null));
    }

    /** An alert from a new report; {@code severity} is INFORMATION, WARNING or URGENT. */
    public UUID issue(UUID reportId, String title, String body, String severity) {
        return alerts.issue(reportId, new NewDrugAlert(title, body, AlertSeverity.valueOf(severity)));
    }
}
