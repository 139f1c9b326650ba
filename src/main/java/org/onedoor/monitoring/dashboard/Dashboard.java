package org.onedoor.monitoring.dashboard;

import java.util.List;
import java.util.Optional;

/**
 * What one dashboard shows: whose figures, for which window, the headline figures, the 12-month trend with its chart,
 * and (for those who may read contracts) the payment summary, each also as a {@link DataTable} to show and export.
 */
record Dashboard(
        Viewer viewer,
        String scopeName,
        String window,
        boolean empty,
        List<FigureRow> figures,
        List<FigureRow> trend,
        TrendChart chart,
        List<PaymentMonth> payments,
        boolean showPayments,
        List<DataTable> tables) {

    public Optional<DataTable> table(String key) {
        return tables.stream().filter(t -> t.key().equals(key)).findFirst();
    }
}
