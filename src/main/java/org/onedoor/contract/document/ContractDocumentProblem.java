package org.onedoor.contract.document;

import org.onedoor.shared.DomainRuleViolation;

/** A contract document that cannot be read: the message names the file, the line and the field, and what to fix. */
public class ContractDocumentProblem extends DomainRuleViolation {

    public ContractDocumentProblem(String file, int line, String field, String message) {
        super("CONTRACT_DOCUMENT", field, file + " line " + line + ", " + field + ": " + message);
    }
}
