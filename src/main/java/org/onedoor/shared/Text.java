package org.onedoor.shared;

import org.jspecify.annotations.Nullable;

/**
 * Tidies free text typed by users (trims it and turns blank into absent) and names the characters no text field
 * accepts.
 */
public final class Text {

    private Text() {}

    public static @Nullable String tidy(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /**
     * Whether the text holds a control character other than tab, carriage return and line feed: NUL, bell, escape,
     * DEL, a C1 control and the like. No one types these on purpose, PostgreSQL cannot store a NUL at all, and they
     * hide in names and references; every form and API refuses them (the site shell checks every parameter and every
     * JSON string), and single-line fields also refuse tab and line breaks through their own checks.
     */
    public static boolean hasControlCharacter(@Nullable String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n') {
                return true;
            }
        }
        return false;
    }
}
