package org.onedoor.contract.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.onedoor.contract.rules.Retainer.Frequency;

/** The legacy model's lines: the retainer (monthly or once a year) and the legacy rate per patient per month. */
final class RetainerLines {

    private static final RoundingMode MODE = RoundingMode.HALF_UP;

    private RetainerLines() {}

    static List<StatementLine> of(Retainer rule, YearEvidence year) {
        List<YearMonth> months = year.monthsCoveredBy(rule.period());
        Rate monthly = new Rate(rule.annualRetainer(), BigDecimal.valueOf(12));
        Rate perPatient = Rate.of(rule.legacyRatePerClientMonth());
        List<StatementLine> lines = new ArrayList<>();
        long clientMonths = 0;
        BigDecimal patientsPaid = Pounds.ZERO;
        for (int k = 1; k <= months.size(); k++) {
            YearMonth month = months.get(k - 1);
            retainer(rule, monthly, k, month).ifPresent(lines::add);
            if (rule.legacyRatePerClientMonth().signum() != 0) {
                int clients = year.clients(month);
                clientMonths += clients;
                BigDecimal amount = perPatient.amount(clientMonths, MODE).subtract(patientsPaid);
                patientsPaid = patientsPaid.add(amount);
                lines.add(new StatementLine(
                        month,
                        rule.name(),
                        clients + " patients in treatment × "
                                + perPatient.label() + " = " + Pounds.format(amount) + "; year to date "
                                + Pounds.count(clientMonths) + " patient-months, " + Pounds.format(patientsPaid),
                        BigDecimal.valueOf(clients),
                        perPatient.decimal(),
                        amount,
                        List.of()));
            }
        }
        return lines;
    }

    private static java.util.Optional<StatementLine> retainer(Retainer rule, Rate monthly, int k, YearMonth month) {
        String each = Pounds.format(rule.amountPerPracticePerYear()) + " a year × " + rule.practices() + " practices = "
                + Pounds.format(rule.annualRetainer());
        if (rule.frequency() == Frequency.ANNUALLY) {
            return k == 1
                    ? java.util.Optional.of(new StatementLine(
                            month,
                            rule.name(),
                            "Retainer " + each + ", paid once for the year",
                            BigDecimal.valueOf(rule.practices()),
                            rule.amountPerPracticePerYear(),
                            rule.annualRetainer().setScale(2, MODE),
                            List.of()))
                    : java.util.Optional.empty();
        }
        BigDecimal amount = monthly.amount(k, MODE).subtract(monthly.amount(k - 1, MODE));
        return java.util.Optional.of(new StatementLine(
                month,
                rule.name(),
                "Retainer " + each + ", month " + k + " of 12 (" + monthly.label() + " a month, rounded year to date)",
                BigDecimal.valueOf(rule.practices()),
                rule.amountPerPracticePerYear(),
                amount,
                List.of()));
    }
}
