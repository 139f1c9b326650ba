package org.onedoor.monitoring.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The dashboard's tables as shown and exported: figures, the monthly trend and the payment summary. */
final class DashboardTables {

    static final String FIGURES = "figures";
    static final String TREND = "trend";
    static final String PAYMENTS = "payments";

    private DashboardTables() {}

    static List<DataTable> of(
            List<FigureRow> figures, List<FigureRow> trend, List<PaymentMonth> paid, boolean payments, String group) {
        List<DataTable> tables = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (FigureRow f : figures) {
            rows.add(List.of(f.name(), f.group(), f.value(), f.numerator(), f.denominator(), f.interval(), f.status()));
        }
        tables.add(new DataTable(
                FIGURES,
                "Headline figures",
                List.of("Indicator", "Group", "Figure", "Counted", "Out of", "95% interval", "Status"),
                rows,
                Set.of(2, 3, 4)));
        List<List<String>> months = new ArrayList<>();
        for (FigureRow m : trend) {
            months.add(List.of(m.period().substring(m.period().length() - 7), m.value(), m.status()));
        }
        tables.add(new DataTable(
                TREND,
                "People in treatment each month, " + group,
                List.of("Month", "People", "Status"),
                months,
                Set.of(1)));
        if (payments) {
            tables.add(payments(paid));
        }
        return tables;
    }

    private static DataTable payments(List<PaymentMonth> paid) {
        Set<String> kinds = new TreeSet<>();
        paid.forEach(p -> kinds.addAll(p.byKind().keySet()));
        kinds.remove(PaymentMonth.WITHHOLD);
        List<String> columns = new ArrayList<>(List.of("Contract", "Month", "Status"));
        kinds.forEach(kind -> columns.add(label(kind)));
        columns.add("Withheld");
        columns.add("Total");
        List<List<String>> rows = new ArrayList<>();
        for (PaymentMonth p : paid) {
            List<String> row = new ArrayList<>(List.of(p.contract(), p.month().toString(), status(p.status())));
            kinds.forEach(kind -> row.add(money(p.amount(kind))));
            row.add(money(p.withheld()));
            row.add(money(p.total()));
            rows.add(row);
        }
        Set<Integer> numeric = new TreeSet<>();
        for (int c = 3; c < columns.size(); c++) {
            numeric.add(c);
        }
        return new DataTable(PAYMENTS, "Payments by rule kind", columns, rows, numeric);
    }

    private static String status(String status) {
        return "APPROVED".equals(status) ? "Approved" : "Draft";
    }

    static String label(String kind) {
        switch (kind) {
            case "BLOCK":
                return "Block";
            case "RETAINER":
                return "Retainer";
            case "PER_CLIENT_PER_MONTH":
                return "Per client per month";
            case "PAYMENT_BY_OUTCOMES":
                return "Payment by outcomes";
            case "OUTCOME_MEASURE":
                return "Outcome measures";
            default:
                return "Other";
        }
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }
}
