package org.onedoor.client;

import java.text.Normalizer;
import java.util.Locale;

/** Names as the search indexes them: lower case, accents and everything but letters and spaces removed. */
final class SearchNames {

    private SearchNames() {}

    static String normalise(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.UK)
                .replaceAll("[^a-z ]", "")
                .replaceAll(" +", " ")
                .strip();
    }

    /** The family name without spaces, as stored in {@code search_family}. */
    static String family(String familyName) {
        return normalise(familyName).replace(" ", "");
    }

    static String first3(String normalisedFamily) {
        return normalisedFamily.length() <= 3 ? normalisedFamily : normalisedFamily.substring(0, 3);
    }
}
