package org.onedoor.ndtms;

/** Who loads an NDTMS file: a signed-in user's name, or a command's name when there is no user. */
public record ImportedBy(String name) {

    public ImportedBy {
        if (name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("An importer's name is 1 to 100 characters");
        }
    }
}
