package org.onedoor.monitoring.alerts;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.Messages;
import org.onedoor.shared.TypedDate;
import org.onedoor.shared.web.FormErrors;
import org.springframework.validation.BindingResult;

/** The forms of drug-effect reports and alerts, as typed: every field text, so a refused form shows it back. */
final class AlertForms {

    static final FormErrors ERRORS = FormErrors.codedAs("monitoring.");

    private AlertForms() {}

    record Report(
            @Nullable String substance,
            @Nullable String whatHappened,
            @Nullable String place,
            @Nullable TypedDate happenedOn,
            @Nullable String severity,
            @Nullable String clientReference) {

        static Report empty() {
            return new Report(null, null, null, null, null, null);
        }

        /** The report as typed; a date typed but no real date is rejected at its field and read as absent. */
        NewDrugEffectReport read(BindingResult errors) {
            @Nullable LocalDate on = null;
            if (!TypedDate.isBlank(happenedOn)) {
                on = TypedDate.parse(happenedOn).orElse(null);
                if (on == null) {
                    ERRORS.reject(
                            errors,
                            "happenedOn",
                            TypedDate.DATE_INVALID,
                            TypedDate.notADate("The date it happened", "27 3 2026"));
                }
            }
            return new NewDrugEffectReport(
                    substance, whatHappened, place, on, named(EffectSeverity.class, severity), clientReference);
        }
    }

    record Alert(
            @Nullable String title,
            @Nullable String body,
            @Nullable String severity) {

        NewDrugAlert read() {
            return new NewDrugAlert(title, body, named(AlertSeverity.class, severity));
        }
    }

    /** A reason for closing a report or withdrawing an alert. */
    record Reason(@Nullable String reason) {}

    static <E extends Enum<E>> @Nullable E named(Class<E> type, @Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, typed.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    static Map<String, String> effectSeverities() {
        Map<String, String> options = new LinkedHashMap<>();
        for (EffectSeverity severity : EffectSeverity.values()) {
            options.put(severity.name(), severity.label());
        }
        return options;
    }

    static Map<String, String> alertSeverities() {
        Map<String, String> options = new LinkedHashMap<>();
        for (AlertSeverity severity : AlertSeverity.values()) {
            options.put(severity.name(), severity.label());
        }
        return options;
    }

    /** Links of a pager over a list at {@code path}. */
    record PageLinks(String path) {
        public String pageLink(int page) {
            return path + "?page=" + page;
        }
    }

    static String flash(String key, Object... values) {
        return Messages.text(key, values);
    }
}
