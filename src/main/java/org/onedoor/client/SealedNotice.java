package org.onedoor.client;

/** That the record holds entries the viewer may not see, and of what kind, without what they say. */
public record SealedNotice(SealedCategory category, String where, long count) {

    public String text() {
        return count + (count == 1 ? " sealed entry" : " sealed entries") + " ("
                + category.label().toLowerCase(java.util.Locale.UK) + ") in " + where + ": not shown to your role";
    }
}
