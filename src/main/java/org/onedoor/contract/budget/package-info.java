/**
 * The budget of a contract per financial year (domain reference 11.7): the funding committed, what the payment runs
 * have paid, a forecast to the year end, the outcome payments still expected (stage-2 windows open), the underspend
 * that returns to the council and is held in reserve, the part of that reserve next year's stage-2 payments will
 * need, and what they drew from it. Plain arithmetic over records handed in ({@link
 * org.onedoor.contract.budget.PaidStatement} from the payment runs, the evidence's outcome events), no database.
 */
@NullMarked
package org.onedoor.contract.budget;

import org.jspecify.annotations.NullMarked;
