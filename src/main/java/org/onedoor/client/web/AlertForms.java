package org.onedoor.client.web;

import org.jspecify.annotations.Nullable;
import org.onedoor.shared.TypedDate;

/** The alert forms as typed; component order is the order of the fields on the page. */
final class AlertForms {

    /** The value of the "Do not seal" choice. */
    static final String NOT_SEALED = "NONE";

    private AlertForms() {}

    /** Raising an alert, perhaps sealed. */
    record Raise(
            @Nullable String category,
            @Nullable String description,
            @Nullable TypedDate raisedOn,
            @Nullable String sealAs) {

        static Raise blank() {
            return new Raise(null, null, TypedDate.of(null), NOT_SEALED);
        }
    }

    /** Removing an alert raised in error or no longer true. */
    record Removal(@Nullable String reason) {}
}
