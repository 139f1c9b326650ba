package org.onedoor.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.onedoor.assessment.OutcomeImport.ImportedOutcome;
import org.onedoor.client.ClientId;
import org.onedoor.partnership.OrganisationId;

/**
 * The outcome records of one demo episode with a care plan (most of them): a start TOP (AOR for alcohol only),
 * PHQ-9, GAD-7 and holistic assessment near the care-plan start, then a review every six months or so while the
 * episode lasts (PHQ-9 and GAD-7 only after a mild or worse start) and an exit TOP/AOR at discharge. About three in
 * five clients improve (fewer days used, better ratings and mood), the rest stay much the same or get worse. No
 * PHQ-9 answers question 9 above 0: such an answer must raise its alert, which only a person recording it does. Its
 * own random numbers (from the seed), so the steps after it make the same data as before.
 */
final class DemoOutcomes {

    private static final List<String> DOMAINS = List.of(
            "housing", "money", "transport", "food", "social", "work", "family", "physical", "mental", "substances");

    private final Random random;
    private final LocalDate today;

    DemoOutcomes(DemoContext context) {
        this.random = new Random(context.settings.seed() * 31 + 16);
        this.today = context.today;
    }

    List<ImportedOutcome> of(DemoContext.DemoEpisode e) {
        LocalDate carePlan = e.episode().carePlanStartedOn();
        LocalDate end = e.open() ? today : e.episode().dischargedOn();
        List<ImportedOutcome> outcomes = new ArrayList<>();
        if (carePlan == null || carePlan.isAfter(end) || random.nextInt(100) < 12) {
            return outcomes;
        }
        boolean alcohol = e.episode().substances().stream().allMatch("ALCOHOL"::equals);
        String main = mainItem(
                e.episode().substances().isEmpty()
                        ? ""
                        : e.episode().substances().get(0));
        boolean improves = random.nextInt(100) < 60;
        boolean injects = "opiates".equals(main) && random.nextInt(100) < 30;
        Person start = new Person(
                14 + random.nextInt(15),
                5 + random.nextInt(7),
                3 + random.nextInt(20),
                2 + random.nextInt(18),
                injects ? 4 + random.nextInt(20) : 0,
                random.nextInt(100) < 25);
        LocalDate on = min(carePlan.plusDays(random.nextInt(21)), end);
        Person now = start;
        String stage = "START";
        while (!on.isAfter(end)) {
            add(outcomes, e, alcohol ? "aor" : "top", stage, on, top(now, main, alcohol));
            add(outcomes, e, "holistic", stage, on, holistic(now));
            if (stage.equals("START") || start.phq >= 5) {
                add(outcomes, e, "phq9", stage, on, OutcomeAnswerSheets.mood(now.phq, 9));
            }
            if (stage.equals("START") || start.gad >= 5) {
                add(outcomes, e, "gad7", stage, on, OutcomeAnswerSheets.mood(now.gad, 7));
            }
            now = now.next(improves, random);
            stage = "REVIEW";
            on = on.plusMonths(6).plusDays(random.nextInt(29) - 14);
        }
        if (!e.open() && random.nextInt(100) < 80) {
            add(outcomes, e, alcohol ? "aor" : "top", "EXIT", end, top(now, main, alcohol));
        }
        return outcomes;
    }

    private void add(
            List<ImportedOutcome> outcomes,
            DemoContext.DemoEpisode e,
            String instrument,
            String stage,
            LocalDate on,
            Map<String, String> answers) {
        outcomes.add(new ImportedOutcome(
                new ClientId(e.clientId()),
                e.id(),
                new OrganisationId(e.episode().providerId()),
                instrument,
                stage,
                on,
                answers));
    }

    private Map<String, String> top(Person p, String main, boolean alcohol) {
        int paidWork = p.days < 8 && !main.equals("paid_work") ? random.nextInt(15) : 0;
        Map<String, String> answers = OutcomeAnswerSheets.top(main, p.days, p.injecting, paidWork);
        if (alcohol) {
            answers.put("alcohol_units", String.valueOf(p.days == 0 ? 0 : 8 + p.days));
        }
        answers.put("sharing", p.injecting > 0 && random.nextInt(100) < 15 ? "Y" : "N");
        answers.put("acute_housing", p.housing ? "Y" : "N");
        answers.put("psychological_health", String.valueOf(p.rating));
        answers.put("physical_health", String.valueOf(Math.min(20, p.rating + 2)));
        answers.put("quality_of_life", String.valueOf(p.rating));
        return answers;
    }

    private Map<String, String> holistic(Person p) {
        Map<String, String> answers = new HashMap<>();
        for (String domain : DOMAINS) {
            int rating = Math.max(1, Math.min(10, p.rating / 2 + random.nextInt(3) - 1));
            answers.put(domain + "_rating", String.valueOf(rating));
        }
        answers.put("housing_strengths", p.housing ? "Staying with a friend for now" : "Settled tenancy");
        return answers;
    }

    private static String mainItem(String substance) {
        return switch (substance) {
            case "ALCOHOL" -> "alcohol";
            case "HEROIN", "METHADONE_ILLICIT", "BUPRENORPHINE_ILLICIT", "OTHER_OPIATES" -> "opiates";
            case "CRACK" -> "crack";
            case "COCAINE" -> "cocaine";
            case "CANNABIS" -> "cannabis";
            case "AMPHETAMINES", "ECSTASY", "KETAMINE" -> "amphetamines";
            default -> "";
        };
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** Where a client stands at one record: main substance days, 0-20 rating, PHQ-9, GAD-7, injecting, housing. */
    private record Person(int days, int rating, int phq, int gad, int injecting, boolean housing) {

        Person next(boolean improves, Random random) {
            if (improves) {
                int less = random.nextInt(100) < 35 ? 0 : days / (2 + random.nextInt(3));
                return new Person(
                        less,
                        Math.min(20, rating + 2 + random.nextInt(4)),
                        Math.max(0, phq - 3 - random.nextInt(7)),
                        Math.max(0, gad - 2 - random.nextInt(6)),
                        random.nextInt(100) < 70 ? 0 : injecting / 2,
                        housing && random.nextInt(100) < 40);
            }
            return new Person(
                    Math.min(28, Math.max(0, days + random.nextInt(7) - 3)),
                    Math.max(0, Math.min(20, rating + random.nextInt(5) - 3)),
                    Math.max(0, Math.min(24, phq + random.nextInt(5) - 1)),
                    Math.max(0, Math.min(21, gad + random.nextInt(5) - 1)),
                    injecting,
                    housing);
        }
    }
}
