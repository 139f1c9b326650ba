/**
 * The payment-rule arithmetic of a commissioning contract: rules as records (block, retainer, per client per month
 * with stretch and cap, payment by outcomes, quality withhold), their validation, and {@link
 * org.onedoor.contract.rules.PaymentCalculator}, which turns the frozen {@link
 * org.onedoor.contract.evidence.ActivityEvidence} of a financial year into statement lines that explain every penny.
 * Plain Java: no Spring, no database, so the server and the command line run the same arithmetic. Semantics and
 * defaults: docs/adr/0008-payment-rules-and-rounding.md.
 */
@NullMarked
package org.onedoor.contract.rules;

import org.jspecify.annotations.NullMarked;
