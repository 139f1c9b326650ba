package org.onedoor.ndtms.extract;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * The NDTMS attributor's initials (domain reference 3.5): the upper-case first letter of the legal forename and of the
 * legal surname. The rule for the open case of hyphens and apostrophes: marks, spaces, hyphens, apostrophes and any
 * other character that is not a letter are skipped, so the initial is the first <em>letter</em> of the name, and an
 * accented letter gives its base letter: "O'Brien" gives O, "'Ali" A, "Smith-Jones" S, "d'Arcy" D, "Élodie" E. A name
 * whose first letter has no A to Z form ("Ødegaard", a name in another script) or with no letter at all gives no
 * initial, which the extract reports as a problem for a person to decide, rather than a guess.
 */
final class Attributor {

    private Attributor() {}

    /** The initial of a name, or null when the name has no letter from A to Z. */
    static @Nullable String initial(@Nullable String name) {
        if (name == null) {
            return null;
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD);
        for (int i = 0; i < plain.length(); i++) {
            char c = Character.toUpperCase(plain.charAt(i));
            if (Character.isLetter(c)) {
                return c >= 'A' && c <= 'Z' ? String.valueOf(c) : null;
            }
        }
        return null;
    }
}
