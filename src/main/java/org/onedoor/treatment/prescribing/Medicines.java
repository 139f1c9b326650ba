package org.onedoor.treatment.prescribing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The opioid substitution medicines valid on a day, with the sane dose bounds of each (configuration data). */
@Component
public class Medicines {

    private final JdbcClient jdbc;

    Medicines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Medicine> validOn(LocalDate day) {
        return jdbc.sql("""
                select code, label, min_dose_mg, max_dose_mg from treatment_ost_medicine
                 where valid_from <= ? and (valid_to is null or valid_to >= ?) order by sort_order
                """)
                .param(day)
                .param(day)
                .query((rs, n) ->
                        new Medicine(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4)))
                .list();
    }

    public Optional<Medicine> find(LocalDate day, String code) {
        return validOn(day).stream().filter(m -> m.code().equals(code)).findFirst();
    }

    /** Every medicine with the days it is valid on, to check many courses with one query. */
    List<Valid> all() {
        return jdbc.sql("""
                select code, label, min_dose_mg, max_dose_mg, valid_from, valid_to from treatment_ost_medicine
                 order by sort_order
                """)
                .query((rs, n) -> new Valid(
                        new Medicine(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4)),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class)))
                .list();
    }

    /** A medicine valid from a day, until a day when it is withdrawn. */
    record Valid(
            Medicine medicine, LocalDate from, @Nullable LocalDate to) {

        boolean on(LocalDate day) {
            return !from.isAfter(day) && (to == null || !to.isBefore(day));
        }
    }

    public String label(String code) {
        return jdbc.sql("select label from treatment_ost_medicine where code = ?")
                .param(code)
                .query(String.class)
                .optional()
                .orElse(code);
    }

    /** One medicine and its dose bounds in mg. */
    public record Medicine(String code, String label, BigDecimal minDoseMg, BigDecimal maxDoseMg) {

        boolean allows(BigDecimal dose) {
            return dose.compareTo(minDoseMg) >= 0 && dose.compareTo(maxDoseMg) <= 0;
        }

        String boundsMessage() {
            return "The dose of " + label + " must be between "
                    + minDoseMg.stripTrailingZeros().toPlainString() + " mg and "
                    + maxDoseMg.stripTrailingZeros().toPlainString() + " mg";
        }
    }
}
