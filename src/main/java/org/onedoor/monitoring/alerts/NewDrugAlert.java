package org.onedoor.monitoring.alerts;

import static org.onedoor.shared.Text.tidy;

import org.jspecify.annotations.Nullable;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;

/** An alert as a clinical lead writes it: a short title, the text staff must read, and how urgent it is. */
public record NewDrugAlert(
        @Nullable String title,
        @Nullable String body,
        @Nullable AlertSeverity severity) {

    static final int MAX_TITLE = 120;
    static final int MAX_BODY = 2000;
    static final FieldProblems.Kind PROBLEMS = new FieldProblems.Kind("DRUG_ALERT_INVALID", "alert");

    public NewDrugAlert {
        title = tidy(title);
        body = tidy(body);
    }

    void check(FieldProblems.Collector problems) {
        problems.required("title", title, MAX_TITLE, Messages.text("monitoring.title.required"));
        if (title != null && (title.contains("\n") || title.contains("\r"))) {
            problems.add("title", "ONE_LINE", Messages.text("monitoring.title.oneLine"));
        }
        problems.required("body", body, MAX_BODY, Messages.text("monitoring.body.required"));
        if (severity == null) {
            problems.add("severity", "REQUIRED", Messages.text("monitoring.alertSeverity.required"));
        }
    }
}
