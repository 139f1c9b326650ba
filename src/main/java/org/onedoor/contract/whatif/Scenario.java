package org.onedoor.contract.whatif;

import org.onedoor.contract.rules.ContractRules;

/**
 * One named payment model to try over the evidence: a set of payment rules, as a contract would hold them.
 *
 * @param name        shown as the scenario's column heading; unique within a comparison
 * @param description what the model is, in a sentence, for the commissioner
 */
public record Scenario(String name, String description, ContractRules rules) {

    public Scenario {
        if (name.isBlank()) {
            throw new IllegalArgumentException("Name the scenario");
        }
    }
}
