package org.onedoor.contract.evidence;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Set;
import org.onedoor.shared.DomainRuleViolation;

/**
 * How a contract reads the evidence (domain reference A4, A6, A7). Empty filter sets mean "all".
 *
 * @param censusDay                  day of the month for {@link CountingRule#CENSUS_DAY}, clamped to the month's end
 * @param settings                   intervention setting codes that count (e.g. {@code PRIMARY_CARE})
 * @param agencyCodes                NDTMS agency codes that count, matched against the agency or operating agency
 * @param organisationCodes          GP practice ODS codes that count
 * @param qualifyingDischargeCodes   discharge reasons that are a substance-free completion: {80, 81}, 82 switchable
 * @param rePresentationWindow       calendar months after discharge, end day included, clamped like
 *                                   {@link LocalDate#plusMonths}
 */
public record EvidenceOptions(
        CountingRule countingRule,
        int censusDay,
        Set<String> settings,
        Set<String> agencyCodes,
        Set<String> organisationCodes,
        Set<String> qualifyingDischargeCodes,
        int rePresentationWindow) {

    public static final Set<String> SUBSTANCE_FREE = Set.of("80", "81");

    public EvidenceOptions {
        if (censusDay < 1 || censusDay > 31) {
            throw new IllegalArgumentException("The census day is a day of the month, 1 to 31, not " + censusDay);
        }
        if (rePresentationWindow < 1) {
            throw new IllegalArgumentException("The re-presentation window is at least one month");
        }
        if (qualifyingDischargeCodes.isEmpty()) {
            throw new IllegalArgumentException("At least one discharge reason must qualify as a completion");
        }
        settings = Set.copyOf(settings);
        agencyCodes = Set.copyOf(agencyCodes);
        organisationCodes = Set.copyOf(organisationCodes);
        qualifyingDischargeCodes = Set.copyOf(qualifyingDischargeCodes);
    }

    /** The suggested defaults: any day open, no filters, completions {80, 81}, a 6-month window. */
    public static EvidenceOptions defaults() {
        return new EvidenceOptions(
                CountingRule.ANY_DAY_OPEN_INTERVENTION, 1, Set.of(), Set.of(), Set.of(), SUBSTANCE_FREE, 6);
    }

    public EvidenceOptions counting(CountingRule rule, int day) {
        return new EvidenceOptions(
                rule, day, settings, agencyCodes, organisationCodes, qualifyingDischargeCodes, rePresentationWindow);
    }

    public EvidenceOptions inSettings(Set<String> codes) {
        return new EvidenceOptions(
                countingRule,
                censusDay,
                codes,
                agencyCodes,
                organisationCodes,
                qualifyingDischargeCodes,
                rePresentationWindow);
    }

    public EvidenceOptions atAgencies(Set<String> codes) {
        return new EvidenceOptions(
                countingRule,
                censusDay,
                settings,
                codes,
                organisationCodes,
                qualifyingDischargeCodes,
                rePresentationWindow);
    }

    public EvidenceOptions atPractices(Set<String> codes) {
        return new EvidenceOptions(
                countingRule, censusDay, settings, agencyCodes, codes, qualifyingDischargeCodes, rePresentationWindow);
    }

    public EvidenceOptions qualifying(Set<String> dischargeCodes) {
        return new EvidenceOptions(
                countingRule,
                censusDay,
                settings,
                agencyCodes,
                organisationCodes,
                dischargeCodes,
                rePresentationWindow);
    }

    public EvidenceOptions withWindow(int months) {
        return new EvidenceOptions(
                countingRule, censusDay, settings, agencyCodes, organisationCodes, qualifyingDischargeCodes, months);
    }

    /**
     * The first month to read for a payment year starting {@code april}: eleven months before it, so each month's
     * rolling 12-month average is shown in full, or further back when the re-presentation window is longer, so
     * that every sustained exit confirmed in the year finds its completion.
     */
    public YearMonth readFrom(YearMonth april) {
        return april.minusMonths(Math.max(11, rePresentationWindow + 1));
    }

    /** The days of {@code month} an intervention must overlap to count: the whole month, or its census day. */
    LocalDate[] countedDays(YearMonth month) {
        if (countingRule == CountingRule.CENSUS_DAY) {
            LocalDate census = month.atDay(Math.min(censusDay, month.lengthOfMonth()));
            return new LocalDate[] {census, census};
        }
        return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
    }

    /**
     * Refuses a snapshot that cannot answer the counting rule: contacts are recorded only in OneDoor, so a contract
     * counting attended contacts over an activity file (which has none) would count nobody and pay nothing.
     */
    public void requireReadableFrom(EvidenceSource source) {
        if (countingRule.countsContacts() && source == EvidenceSource.IMPORTED_FILE) {
            throw new DomainRuleViolation(
                    "EVIDENCE_HAS_NO_CONTACTS",
                    "countingRule",
                    "This contract counts clients"
                            + " by attended contact (countingRule: ATTENDED_CONTACT), which needs the contacts recorded in"
                            + " OneDoor, and an NDTMS activity file holds none: run it on a snapshot of the treatment"
                            + " recorded in OneDoor, or count by ANY_DAY_OPEN_INTERVENTION or CENSUS_DAY");
        }
    }

    /** The last day of the re-presentation window: as treatment's RePresentationPolicy computes it. */
    LocalDate windowEnd(LocalDate discharged) {
        return discharged.plus(Period.ofMonths(rePresentationWindow));
    }
}
