/**
 * Monthly payment runs: a contract's month computed by the payment engine over a frozen evidence snapshot, stored
 * as a draft statement with its lines and their evidence, approved by a commissioner and then immutable. Late or
 * corrected data for an earlier, approved month of the financial year is paid as adjustment lines in a later
 * statement, with both figures shown. {@link org.onedoor.contract.runs.PaymentRuns} is the API for one contract,
 * {@link org.onedoor.contract.runs.MonthEnd} runs many contracts' month over one snapshot and stores them in a few
 * batches; {@link org.onedoor.contract.runs.StatementExports} writes a statement as CSV and XLSX.
 */
@NamedInterface("runs")
@NullMarked
package org.onedoor.contract.runs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
