/**
 * The budget of a contract per financial year (domain reference 11.7): the funding committed, what the payment runs
 * have paid, a forecast to the year end, the outcome payments still expected (stage-2 windows open), the underspend
 * that returns to the council and is held in reserve, the part of that reserve next year's stage-2 payments will
 * need, and what they drew from it. {@link org.onedoor.contract.budget.Budgets} is plain arithmetic over records
 * handed in ({@link org.onedoor.contract.budget.PaidStatement}s, outcome windows open on a day), no database; {@link
 * org.onedoor.contract.budget.ContractBudgets} wires it to the approved statements of the payment runs and the
 * evidence snapshot of the contract's latest run, through their module-internal APIs, and takes no snapshot itself.
 */
@NullMarked
package org.onedoor.contract.budget;

import org.jspecify.annotations.NullMarked;
