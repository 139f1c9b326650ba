package org.onedoor.client;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.NhsNumber;

/**
 * What a person typed in the one search box, read term by term: an NHS number, a client reference, a date of birth
 * (as 12/03/1980 or 1980-03-12) and name words. The last name word is the start of the family name; the others
 * start given or preferred names.
 */
record SearchTerms(
        @Nullable String nhsNumber,
        @Nullable String reference,
        @Nullable LocalDate dateOfBirth,
        List<String> names) {

    private static final Pattern REFERENCE = Pattern.compile("(?i)C[0-9]{6,9}");
    private static final DateTimeFormatter UK_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT);

    static SearchTerms parse(String typed) {
        String nhs = null;
        String reference = null;
        LocalDate born = null;
        List<String> names = new ArrayList<>();
        String compact = typed.replaceAll("[\\s-]", "");
        if (compact.matches("[0-9]{10}") && NhsNumber.isValid(compact)) {
            return new SearchTerms(compact, null, null, List.of());
        }
        for (String word : typed.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            LocalDate date = date(word);
            if (date != null) {
                born = date;
            } else if (REFERENCE.matcher(word).matches()) {
                reference = word.toUpperCase(Locale.UK);
            } else if (NhsNumber.isValid(word)) {
                nhs = word.replaceAll("[\\s-]", "");
            } else {
                String name = SearchNames.normalise(word).replace(" ", "");
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return new SearchTerms(nhs, reference, born, List.copyOf(names));
    }

    boolean isEmpty() {
        return nhsNumber == null && reference == null && dateOfBirth == null && names.isEmpty();
    }

    /**
     * Precise enough to tell a clinician that a record exists outside their access (so they may break glass): an NHS
     * number or a client reference. A name with a date of birth may be precise too, but only when it is the full
     * name, which only the record can tell ({@link #isFullNameOf}).
     */
    boolean identifiesOnePerson() {
        return nhsNumber != null || reference != null || (dateOfBirth != null && names.size() >= 2);
    }

    /** Whether the search rests on an identifier (NHS number or reference) rather than on a name. */
    boolean hasIdentifier() {
        return nhsNumber != null || reference != null;
    }

    /**
     * Whether the name words typed are this legal name in full (given names, then the family name), ignoring case,
     * accents, spaces, hyphens and apostrophes: "Robin Smith" is, "R Smith" and "Rob Smith" are not.
     */
    boolean isFullNameOf(String legalGivenName, String legalFamilyName) {
        String family = familyStart();
        return family != null
                && !givenStarts().isEmpty()
                && family.equals(SearchNames.family(legalFamilyName))
                && String.join("", givenStarts()).equals(SearchNames.family(legalGivenName));
    }

    @Nullable
    String familyStart() {
        return names.isEmpty() ? null : names.get(names.size() - 1);
    }

    List<String> givenStarts() {
        return names.size() <= 1 ? List.of() : names.subList(0, names.size() - 1);
    }

    private static @Nullable LocalDate date(String word) {
        try {
            if (word.matches("[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}")) {
                return LocalDate.parse(word, UK_DATE);
            }
            if (word.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                return LocalDate.parse(word);
            }
        } catch (DateTimeParseException impossible) {
            return null;
        }
        return null;
    }
}
