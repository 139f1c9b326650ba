package org.onedoor.contract.evidence;

/** The two stages of payment by outcomes: a qualifying successful completion, then an exit sustained through the window. */
public enum OutcomeStage {
    /** Discharged as a successful completion with one of the contract's qualifying discharge reasons. */
    COMPLETION,
    /** No re-presentation within the window after such a completion. */
    SUSTAINED_EXIT
}
