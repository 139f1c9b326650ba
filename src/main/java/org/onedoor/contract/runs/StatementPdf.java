package org.onedoor.contract.runs;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A statement as a PDF for the commissioner's file (OpenPDF): which contract and month, draft or approved by whom,
 * the snapshot and contract version it was computed from, then the lines and the total. Landscape A4.
 */
final class StatementPdf {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private StatementPdf() {}

    static byte[] of(Statement statement) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, bytes);
        document.addTitle("Payment statement " + statement.contractReference() + " " + statement.month());
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 8);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
        document.add(new Paragraph(
                "Payment statement " + statement.contractReference() + " for " + statement.month(), title));
        document.add(new Paragraph(
                statement.status() == StatementStatus.APPROVED
                        ? "Approved by " + statement.approvedBy() + " on " + WHEN.format(statement.approvedAt())
                        : "Draft: not approved",
                body));
        document.add(new Paragraph(
                "Run " + statement.runs() + " by " + statement.runBy() + " on "
                        + WHEN.format(statement.runAt()) + " from evidence snapshot " + statement.snapshotId()
                        + ", contract version " + statement.contractVersion(),
                body));
        PdfPTable table = new PdfPTable(new float[] {7, 14, 52, 8, 9, 10});
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        table.setHeaderRows(1);
        for (String heading : new String[] {"Month", "Rule", "Description", "Quantity", "Rate", "Amount"}) {
            table.addCell(cell(heading, bold, Element.ALIGN_LEFT));
        }
        for (PaymentLine line : statement.lines()) {
            table.addCell(cell(line.month().toString(), body, Element.ALIGN_LEFT));
            table.addCell(cell(line.rule(), body, Element.ALIGN_LEFT));
            table.addCell(cell(line.description(), body, Element.ALIGN_LEFT));
            table.addCell(cell(
                    org.onedoor.contract.rules.StatementCsvFormat.number(line.quantity()), body, Element.ALIGN_RIGHT));
            table.addCell(
                    cell(org.onedoor.contract.rules.StatementCsvFormat.number(line.rate()), body, Element.ALIGN_RIGHT));
            table.addCell(cell(Adjustments.pounds(line.amount()), body, Element.ALIGN_RIGHT));
        }
        PdfPCell total = cell("Total", bold, Element.ALIGN_RIGHT);
        total.setColspan(5);
        table.addCell(total);
        table.addCell(cell(Adjustments.pounds(statement.total()), bold, Element.ALIGN_RIGHT));
        document.add(table);
        document.close();
        return bytes.toByteArray();
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        return cell;
    }
}
