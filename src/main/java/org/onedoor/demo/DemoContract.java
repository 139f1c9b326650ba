package org.onedoor.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.treatment.ImportedEpisode;

/**
 * The demo partnership's contract document, on the worked example's methodology (docs/examples/nel-2016.yaml: an
 * output payment per client in treatment per month with a stretch and a cumulative cap, payment by outcomes, and a
 * block) but scaled to the demo's own clients in treatment: the core is 90% of the average month's clients, so the
 * output payment is paid every month and the cap is reached only near the year's end.
 */
final class DemoContract {

    static final String REFERENCE = "NV-PCSMT";
    /** The core annual value per core client: £100,000 for 250 clients, as in the worked example (£33⅓ a month). */
    private static final BigDecimal PER_CORE_CLIENT = new BigDecimal("400");
    /** The block per core client: £116,525 for 250 clients. */
    private static final BigDecimal BLOCK_PER_CORE_CLIENT = new BigDecimal("466.10");
    /** The outcome payments' annual cap per core client: £15,000 for 250 clients. */
    private static final BigDecimal OUTCOMES_PER_CORE_CLIENT = new BigDecimal("60");
    /** The council's grant per core client: the core value, its 10% stretch and the outcomes (£125,000 for 250). */
    private static final BigDecimal COUNCIL_PER_CORE_CLIENT = new BigDecimal("500");

    private DemoContract() {}

    /**
     * The average number of clients in treatment a month (any day of the month open in an intervention started by
     * then) over the months, as the payment runs will count them.
     */
    static int averageClients(List<DemoContext.DemoEpisode> episodes, YearMonth from, YearMonth to) {
        long total = 0;
        int months = 0;
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            LocalDate first = month.atDay(1);
            LocalDate last = month.atEndOfMonth();
            Set<UUID> clients = new HashSet<>();
            for (DemoContext.DemoEpisode e : episodes) {
                for (ImportedEpisode.Intervention i : e.episode().interventions()) {
                    if (i.startedOn() != null
                            && !i.startedOn().isAfter(last)
                            && (i.endedOn() == null || !i.endedOn().isBefore(first))) {
                        clients.add(e.clientId());
                        break;
                    }
                }
            }
            total += clients.size();
            months++;
        }
        return months == 0 ? 0 : (int) (total / months);
    }

    /** The core average clients for a year whose months average {@code averageClients}: 90%, in tens, at least 10. */
    static int core(int averageClients) {
        return Math.max(10, averageClients * 9 / 100 * 10);
    }

    /**
     * The two-year contract from {@code start}: as first agreed, with the first year's core and funding, or (with
     * {@code bothYears}) as changed for the second year, with its own core and both years' funding.
     */
    static String document(DemoContext context, LocalDate start, int firstCore, int secondCore, boolean bothYears) {
        String commissioners = String.join(
                ", ",
                context.first(OrganisationType.COUNCIL_COMMISSIONER).name(),
                context.first(OrganisationType.ICB_COMMISSIONER).name());
        int year = start.getYear();
        int core = bothYears ? secondCore : firstCore;
        StringBuilder funding = new StringBuilder(funding(year, firstCore));
        if (bothYears) {
            funding.append(funding(year + 1, secondCore));
        }
        return """
                format: onedoor-contract/1
                contract:
                  reference: %s
                  name: Primary-care-based substance misuse treatment services
                  commissioners: [%s]
                  leadProvider: %s
                  services: [Community alcohol treatment in primary care, Shared-care opiate substitution]
                  term: { start: %s, years: 2, extensions: [1] }
                  status: ACTIVE
                funding:
                %sevidence:
                  countingRule: ANY_DAY_OPEN_INTERVENTION
                rules:
                  - kind: PER_CLIENT_PER_MONTH
                    name: Output payment
                    from: %d-04
                    coreAverageClients: %d
                    coreAnnualValue: %s
                    rateRounding: EXACT
                    stretch: { shape: PROPORTIONAL_TO_CAP, averageClients: %d, upliftPercent: 10 }
                    cap: { clientMonthsPerYear: %d, timing: CUMULATIVE_YEAR_TO_DATE }
                    belowCore: { rule: PRO_RATA }
                    rounding: { method: CUMULATIVE_YEAR_TO_DATE, mode: HALF_UP, capAfterRounding: true }
                  - kind: PAYMENT_BY_OUTCOMES
                    name: Payment by outcomes
                    from: %d-04
                    completion: { amount: 180.00, qualifyingDischargeCodes: ["80", "81"] }
                    sustainedExit: { amount: 180.00, windowMonths: 6, requiresCompletion: true }
                    annualCap: { amount: %s, mode: MONEY_PARTIAL }
                  - kind: BLOCK
                    name: ICB staffing and admin
                    from: %d-04
                    annualAmount: %s
                    instalments: 12
                """.formatted(
                        REFERENCE + "-" + year,
                        commissioners,
                        context.first(OrganisationType.LEAD_PROVIDER).name(),
                        start,
                        funding,
                        year,
                        core,
                        pounds(PER_CORE_CLIENT, core),
                        stretch(core),
                        stretch(core) * 12,
                        year,
                        pounds(OUTCOMES_PER_CORE_CLIENT, core),
                        year,
                        pounds(BLOCK_PER_CORE_CLIENT, core));
    }

    private static String funding(int year, int core) {
        String label = year + "/" + String.format("%02d", (year + 1) % 100);
        return "  - { source: Council public health grant, year: %s, amount: %s }\n"
                        .formatted(label, pounds(COUNCIL_PER_CORE_CLIENT, core))
                + "  - { source: ICB contribution, year: %s, amount: %s }\n"
                        .formatted(label, pounds(BLOCK_PER_CORE_CLIENT, core));
    }

    private static int stretch(int core) {
        return core + core / 10;
    }

    private static String pounds(BigDecimal perClient, int core) {
        return perClient
                .multiply(BigDecimal.valueOf(core))
                .setScale(2, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
