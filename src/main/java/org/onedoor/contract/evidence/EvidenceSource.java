package org.onedoor.contract.evidence;

/** Where a snapshot's activity came from. */
public enum EvidenceSource {
    /** OneDoor's own treatment records, read through treatment's report views. */
    RECORDED,
    /** An NDTMS core-dataset activity file (one row per intervention), as the council's team supplies it. */
    IMPORTED_FILE
}
