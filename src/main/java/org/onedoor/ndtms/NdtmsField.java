package org.onedoor.ndtms;

import org.jspecify.annotations.Nullable;

/**
 * One field of an NDTMS dataset, as its schema file lists it: the field code that heads its CSV column, the group it
 * belongs to (attributor, episode, intervention …), its type and, for a coded field, the name of its code list.
 */
public record NdtmsField(
        String code, String group, Type type, @Nullable String codeList, String description) {

    /** How a field's values are written and checked. */
    public enum Type {
        /** Free text. */
        TEXT,
        /** A date, written {@code dd/MM/yyyy}. */
        DATE,
        /** A code from the field's code list. */
        CODE,
        /** A whole or decimal number. */
        NUMBER
    }
}
