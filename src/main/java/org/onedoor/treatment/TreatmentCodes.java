package org.onedoor.treatment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The treatment code lists, as valid on a day: a retired code (its {@code valid_to} passed) or one not yet valid is
 * unknown on that day. Substances come from the referral module's {@code report_substance} view.
 */
@Component
public class TreatmentCodes {

    private final JdbcClient jdbc;

    TreatmentCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Code> interventionTypes(LocalDate on) {
        return list("select code, label, null grp from treatment_intervention_type", on, true);
    }

    public List<Code> settings(LocalDate on) {
        return list("select code, label, null grp from treatment_setting", on, true);
    }

    /** Sub-intervention types, each with the intervention type it belongs to as its group. */
    public List<Code> subInterventionTypes(LocalDate on) {
        return list("select code, label, intervention_type grp from treatment_sub_intervention_type", on, true);
    }

    /** Discharge reasons, each with its outcome class as its group. */
    public List<Code> dischargeReasons(LocalDate on) {
        return list("select code, label, outcome_class grp from treatment_discharge_reason", on, true);
    }

    public List<Code> exitStatuses(LocalDate on) {
        return list("select code, label, null grp from treatment_exit_status", on, true);
    }

    public List<Code> substances(LocalDate on) {
        return list("select code, label, substance_group grp from report_substance", on, false);
    }

    public Optional<Code> find(List<Code> codes, @Nullable String code) {
        return codes.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The exit status that means the intervention was withdrawn: the only way to end one that never started. */
    String withdrawnExitStatus() {
        return "C";
    }

    private List<Code> list(String select, LocalDate on, boolean hasValidFrom) {
        return jdbc.sql(select + " where " + (hasValidFrom ? "valid_from <= :on and " : "")
                        + "(valid_to is null or valid_to >= :on) order by sort_order")
                .param("on", on)
                .query((rs, n) -> new Code(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** One code with its label and, for some lists, its group (intervention type, outcome class, substance group). */
    public record Code(String code, String label, @Nullable String group) {}
}
