package org.onedoor.contract.document;

import org.onedoor.contract.evidence.EvidenceOptions;
import org.onedoor.contract.rules.ContractRules;

/**
 * A contract as a commissioner keeps it under version control: its header, its funding and payment rules, and how
 * its evidence is counted. Read by {@link ContractDocumentReader} and written by {@link ContractDocumentWriter},
 * which round-trip exactly.
 */
public record ContractDocument(ContractHeader header, ContractRules rules, EvidenceOptions evidence) {

    /** The format this version of OneDoor reads and writes. */
    public static final String FORMAT = "onedoor-contract/1";
}
