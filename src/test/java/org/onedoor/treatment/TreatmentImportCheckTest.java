package org.onedoor.treatment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14 item 4: the import's NDTMS date order, rule by rule, with the message each refusal names (pinned before
 * the import and the episode aggregate came to share one dates policy).
 */
class TreatmentImportCheckTest {

    private static final LocalDate R = LocalDate.of(2026, 1, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final UUID LEAD = UUID.randomUUID();
    private static final TreatmentImportCheck.Codes CODES = new TreatmentImportCheck.Codes(
            Map.of("80", "SUCCESSFUL", "83", "TRANSFER"),
            Map.of("80", "Completed", "83", "Transferred"),
            Map.of("PSYCHOSOCIAL", "Psychosocial"),
            Set.of("COMMUNITY"),
            Map.of("PSY_MOTIVATIONAL", "PSYCHOSOCIAL"),
            Set.of("A", "C"),
            Set.of("ALCOHOL"));
    private static final String AT = "Imported client 0, episode 0: ";

    private final TreatmentImportCheck check = new TreatmentImportCheck(CODES, TODAY);

    @Test
    void acceptsAnEpisodeInNdtmsOrder() {
        assertThatCode(() -> check.check(0, new ImportedTreatment(UUID.randomUUID(), List.of(new Ep().build()))))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outOfOrder")
    void refusesAnEpisodeOutOfOrderNamingTheRule(String message, Consumer<Ep> change) {
        Ep episode = new Ep();
        change.accept(episode);
        assertThatThrownBy(() -> check.check(0, new ImportedTreatment(UUID.randomUUID(), List.of(episode.build()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(AT + message);
    }

    static Stream<Arguments> outOfOrder() {
        String i = "PSYCHOSOCIAL: ";
        return Stream.of(
                rule("triaged before referral", e -> e.triaged = R.minusDays(1)),
                rule("triaged after today", e -> {
                    e.triaged = TODAY.plusDays(1);
                    e.discharged = null;
                    e.reason = null;
                }),
                rule("care plan before triage", e -> e.carePlan = R.plusDays(2)),
                rule("nothing after today", e -> e.discharged = TODAY.plusDays(1)),
                rule("care plan after discharge", e -> e.carePlan = R.plusDays(41)),
                rule("discharged before triage", e -> {
                    e.carePlan = null;
                    e.interventions = false;
                    e.discharged = R.plusDays(2);
                }),
                rule("a discharge needs its date and reason", e -> e.reason = null),
                rule(i + "referred before the episode", e -> e.iReferred = R.minusDays(1)),
                rule(i + "offered before referral", e -> e.iOffered = R.plusDays(2)),
                rule(i + "started before referral", e -> {
                    e.iOffered = null;
                    e.iStarted = R.plusDays(2);
                }),
                rule(i + "started before first offered", e -> e.iOffered = R.plusDays(7)),
                rule(i + "ended before it started", e -> e.iEnded = R.plusDays(5)),
                rule(i + "ended before it started", e -> {
                    e.iStarted = null;
                    e.sub = null;
                    e.exit = "C";
                }),
                rule(i + "an end needs its exit status", e -> e.exit = null),
                rule(i + "referred after discharge", e -> {
                    e.iReferred = R.plusDays(41);
                    e.iOffered = null;
                    e.iStarted = null;
                    e.iEnded = null;
                    e.exit = null;
                    e.sub = null;
                }),
                rule(i + "ended after discharge", e -> e.iEnded = R.plusDays(41)),
                rule(i + "every started intervention ends before discharge", e -> {
                    e.iEnded = null;
                    e.exit = null;
                }),
                rule(
                        i + "sub-intervention PSY_MOTIVATIONAL of another type or outside the intervention",
                        e -> e.sub = R.plusDays(5)),
                rule(
                        i + "sub-intervention PSY_MOTIVATIONAL of another type or outside the intervention",
                        e -> e.sub = R.plusDays(31)),
                rule(i + "sub-intervention PSY_MOTIVATIONAL of another type or outside the intervention", e -> {
                    e.discharged = null;
                    e.reason = null;
                    e.iEnded = null;
                    e.exit = null;
                    e.sub = TODAY.plusDays(1);
                }));
    }

    @Test
    void refusesEpisodesThatOverlapOrATransferThatGoesNowhere() {
        UUID client = UUID.randomUUID();
        Ep first = new Ep();
        Ep second = new Ep();
        second.triaged = R.plusDays(39);
        second.carePlan = null;
        second.interventions = false;
        assertThatThrownBy(() -> check.check(0, new ImportedTreatment(client, List.of(first.build(), second.build()))))
                .hasMessage(AT + "the next episode is triaged before this one's discharge");
        Ep open = new Ep();
        open.discharged = null;
        open.reason = null;
        open.iEnded = null;
        open.exit = null;
        assertThatThrownBy(() -> check.check(0, new ImportedTreatment(client, List.of(open.build(), first.build()))))
                .hasMessage(AT + "only the last episode may be open");
        Ep transfer = new Ep();
        transfer.reason = "83";
        assertThatThrownBy(() -> check.check(0, new ImportedTreatment(client, List.of(transfer.build()))))
                .hasMessage(AT + "a transfer needs the episode that continues it");
    }

    private static Arguments rule(String message, Consumer<Ep> change) {
        return Arguments.of(message, change);
    }

    /** A good episode, day by day after R, each date open to change. */
    static final class Ep {
        LocalDate referred = R;
        LocalDate triaged = R.plusDays(3);
        LocalDate carePlan = R.plusDays(5);
        LocalDate discharged = R.plusDays(40);
        String reason = "80";
        boolean interventions = true;
        LocalDate iReferred = R.plusDays(3);
        LocalDate iOffered = R.plusDays(4);
        LocalDate iStarted = R.plusDays(6);
        LocalDate iEnded = R.plusDays(30);
        String exit = "A";
        LocalDate sub = R.plusDays(10);

        ImportedEpisode build() {
            List<ImportedEpisode.Intervention> list = new ArrayList<>();
            if (interventions) {
                list.add(new ImportedEpisode.Intervention(
                        "PSYCHOSOCIAL",
                        "COMMUNITY",
                        LEAD,
                        iReferred,
                        iOffered,
                        iStarted,
                        iEnded,
                        exit,
                        sub == null
                                ? List.of()
                                : List.of(new ImportedEpisode.SubIntervention("PSY_MOTIVATIONAL", sub))));
            }
            return new ImportedEpisode(
                    LEAD, null, referred, triaged, carePlan, List.of("ALCOHOL"), null, null, discharged, reason, list);
        }
    }
}
