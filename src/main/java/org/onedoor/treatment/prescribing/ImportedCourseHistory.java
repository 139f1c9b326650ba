package org.onedoor.treatment.prescribing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.RefusedRow;
import org.onedoor.treatment.prescribing.PrescribingImport.ImportedChange;
import org.onedoor.treatment.prescribing.PrescribingImport.ImportedCourse;

/**
 * An imported prescribing course's history replayed through {@link PrescribingCourse}, so the import keeps the
 * aggregate's rules: a refusal names the course, and the change or review, it came from.
 */
final class ImportedCourseHistory {

    private ImportedCourseHistory() {}

    /**
     * The course as its history leaves it, built by {@link PrescribingCourse}: started, then each change in the
     * order given, then each review (the next review a stopped course keeps is none).
     */
    static Course replay(int index, ImportedCourse c, List<Medicines.Valid> known, LocalDate today) {
        ImportedChange s = c.started();
        Medicines.Medicine medicine = known.stream()
                .filter(v -> v.medicine().code().equals(c.medicine()) && s.on() != null && v.on(s.on()))
                .map(Medicines.Valid::medicine)
                .findFirst()
                .orElse(null);
        String row = "Imported prescribing course " + index;
        Course course;
        try {
            course = PrescribingCourse.imported(
                    UUID.randomUUID(),
                    c.clientId().value(),
                    new NewCourse(
                            c.episodeId(),
                            null,
                            c.medicine(),
                            null,
                            s.doseMg(),
                            s.instalment(),
                            Boolean.TRUE.equals(s.supervised()),
                            s.supervisedDays(),
                            c.pharmacyName(),
                            null,
                            null,
                            c.prescriberKind(),
                            c.prescriberOrganisation(),
                            c.prescriberName(),
                            s.on(),
                            s.on() == null ? null : s.on().plusMonths(3)),
                    medicine,
                    today);
        } catch (DomainRuleViolation refused) {
            throw RefusedRow.of(row + " (its start)", refused);
        }
        for (int i = 0; i < c.changes().size(); i++) {
            ImportedChange change = c.changes().get(i);
            try {
                course = changed(new PrescribingCourse(course), change, medicine, today);
            } catch (DomainRuleViolation refused) {
                throw RefusedRow.of(row + ", change " + i + " (" + change.kind() + " on " + change.on() + ")", refused);
            }
        }
        for (int i = 0; i < c.reviews().size(); i++) {
            try {
                course = new PrescribingCourse(course).review(c.reviews().get(i), today);
            } catch (DomainRuleViolation refused) {
                throw RefusedRow.of(row + ", review " + i, refused);
            }
        }
        return course;
    }

    private static Course changed(
            PrescribingCourse course, ImportedChange change, Medicines.@Nullable Medicine medicine, LocalDate today) {
        Course state = course.state();
        return switch (change.kind()) {
            case "DOSE" -> course.changeDose(change.on(), change.doseMg(), change.reason(), medicine, today);
            case "SUPERVISION" ->
                change.supervised() == null
                        ? course.changeSupervision(
                                change.on(),
                                change.instalment(),
                                state.supervised(),
                                state.supervisedDays(),
                                change.reason(),
                                today)
                        : course.changeSupervision(
                                change.on(),
                                change.instalment(),
                                change.supervised(),
                                change.supervisedDays(),
                                change.reason(),
                                today);
            case "STOPPED" -> course.stop(change.on(), change.reason(), today);
            default ->
                throw new DomainRuleViolation(
                        PrescribingRule.UNKNOWN_CODE,
                        "kind",
                        "A change after the start is DOSE, SUPERVISION or STOPPED");
        };
    }
}
