package org.onedoor.contract.runs;

import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A payment statement as a file to download or send: CSV (the command line's columns), Excel workbook or PDF. The
 * lines carry pseudonymous evidence keys only, so the files name no client.
 */
@Service
public class StatementExports {

    /** A file's name, content type and bytes, ready for a download response. */
    public record Export(String fileName, String contentType, byte[] content) {}

    private final PaymentRuns runs;

    StatementExports(PaymentRuns runs) {
        this.runs = runs;
    }

    @PreAuthorize("hasAuthority('CONTRACT_VIEW')")
    public Export csv(UUID statementId) {
        Statement statement = runs.statement(statementId);
        return new Export(name(statement, "csv"), "text/csv; charset=UTF-8", StatementCsv.of(statement));
    }

    @PreAuthorize("hasAuthority('CONTRACT_VIEW')")
    public Export xlsx(UUID statementId) {
        Statement statement = runs.statement(statementId);
        return new Export(
                name(statement, "xlsx"),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                StatementXlsx.of(statement));
    }

    @PreAuthorize("hasAuthority('CONTRACT_VIEW')")
    public Export pdf(UUID statementId) {
        Statement statement = runs.statement(statementId);
        return new Export(name(statement, "pdf"), "application/pdf", StatementPdf.of(statement));
    }

    private static String name(Statement statement, String extension) {
        return "statement-" + statement.contractReference().replaceAll("[^A-Za-z0-9-]", "_") + "-"
                + statement.month() + (statement.status() == StatementStatus.DRAFT ? "-draft" : "") + "."
                + extension;
    }
}
