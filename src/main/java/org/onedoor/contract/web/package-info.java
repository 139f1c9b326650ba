/**
 * The commissioner's screens for contracts and payments: the contract list and document import, a contract's
 * page (term, funding, rule versions, lifecycle), monthly payment runs, statements with their evidence, approval
 * and downloads. Controllers are clients of {@link org.onedoor.contract.store.Contracts}, {@link
 * org.onedoor.contract.runs.PaymentRuns} and {@link org.onedoor.contract.runs.StatementExports}; no SQL here.
 */
@NullMarked
package org.onedoor.contract.web;

import org.jspecify.annotations.NullMarked;
