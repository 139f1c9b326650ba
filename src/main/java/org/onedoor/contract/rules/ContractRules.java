package org.onedoor.contract.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * The payment rules of one contract, in statement order, and the money that funds them each financial year.
 */
public record ContractRules(String contract, List<PaymentRule> rules, List<Funding> funding) {

    /** One funding stream for one financial year (the council grant, the CCG contribution). */
    public record Funding(String stream, FinancialYear year, BigDecimal amount) {}

    public ContractRules {
        rules = List.copyOf(rules);
        funding = List.copyOf(funding);
    }

    public static ContractRules of(String contract, PaymentRule... rules) {
        return new ContractRules(contract, List.of(rules), List.of());
    }

    public ContractRules fundedBy(Funding... streams) {
        return new ContractRules(contract, rules, List.of(streams));
    }
}
