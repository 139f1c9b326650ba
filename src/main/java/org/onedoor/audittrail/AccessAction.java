package org.onedoor.audittrail;

/** What was done to identifiable data. A closed set: the verifier and the IG-lead reports branch on it. */
public enum AccessAction {
    VIEW,
    SEARCH,
    CREATE,
    CHANGE,
    VOID,
    EXPORT,
    /** Opening a record outside the user's normal access, with a reason. */
    BREAK_GLASS,
    /** An attempt to open a record that the access policy refused; the detail says why. */
    REFUSED
}
