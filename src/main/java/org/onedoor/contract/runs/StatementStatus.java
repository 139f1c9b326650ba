package org.onedoor.contract.runs;

/** A statement is a draft while it may be re-run; approved, it is what was paid and never changes. */
public enum StatementStatus {
    DRAFT,
    APPROVED
}
