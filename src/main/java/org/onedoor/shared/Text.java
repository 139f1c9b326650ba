package org.onedoor.shared;

import org.jspecify.annotations.Nullable;

/** Tidies free text typed by users: trims it and turns blank into absent. */
public final class Text {

    private Text() {
    }

    public static @Nullable String tidy(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
