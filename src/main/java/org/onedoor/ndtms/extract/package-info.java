/**
 * The NDTMS monthly extract from the live record (issue 17 item 7): for one agency (a provider of the partnership,
 * its ODS code as {@code AGNCY}, as in recorded evidence snapshots) and one month, every episode open in the financial
 * year up to the month's end, one dataset-K record per intervention (an episode not yet in an intervention is one
 * record with the intervention fields {@code NA}), read in one set-based query over the modules' report views and
 * streamed row by row into the file: never a list of clients in memory.
 * <p>
 * Consent goes through {@code client.ConsentQuery}: consent given sends the record; refused or withdrawn sends only the
 * fields {@code onedoor.ndtms.extract.consent-refused-fields} names ({@code AGNCY}, {@code CLIENTID}, {@code CONSENT}),
 * every other field {@code NA}; no decision recorded is a problem.
 * <p>
 * <b>Problems.</b> Every rule of domain reference 3.7 is checked on every record in the same pass, and the validation
 * report lists every problem at once, each with its code, its message and a link to the OneDoor page that fixes it. A
 * record with an error is <em>held back</em> from the file and counted; warnings do not hold a record back. The file
 * is never refused as a whole: NDTMS wants every agency's file every month, and a data officer would rather send the
 * records that are right today, with the count of those held back on the report and in the history, than miss the
 * month for one client's missing consent. The extract is cumulative, so a record fixed tomorrow goes in next month's
 * file and nothing is lost.
 * <p>
 * Dates after the month's end (or after today, for the month in progress) are not yet true as at the extract, so they
 * are written {@code NA}, as the evidence snapshots do. Each download is written to the extract history (who, when,
 * agency, month, counts, SHA-256 of the bytes sent) and to the audit trail as an export.
 */
@NullMarked
package org.onedoor.ndtms.extract;

import org.jspecify.annotations.NullMarked;
