package org.onedoor.site;

/** A new password typed twice; with the current one for a person's own change, without it for a reset. */
record PasswordForm(String current, String replacement, String confirmation) {

    PasswordForm {
        current = current == null ? "" : current;
        replacement = replacement == null ? "" : replacement;
        confirmation = confirmation == null ? "" : confirmation;
    }

    static PasswordForm empty() {
        return new PasswordForm("", "", "");
    }
}
