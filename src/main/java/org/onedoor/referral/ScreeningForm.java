package org.onedoor.referral;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.onedoor.assessment.alcohol.AlcoholScreening;
import org.onedoor.assessment.alcohol.AlcoholScreeningResult;
import org.onedoor.assessment.alcohol.AuditAnswers;
import org.onedoor.assessment.alcohol.AuditCAnswers;
import org.onedoor.assessment.alcohol.FastAnswers;
import org.onedoor.shared.Messages;

/** Screening answers as submitted from the triage page: which tool, and each item's score. */
record ScreeningForm(
        @Nullable String tool,
        @Nullable Integer audit1,
        @Nullable Integer audit2,
        @Nullable Integer audit3,
        @Nullable Integer audit4,
        @Nullable Integer audit5,
        @Nullable Integer audit6,
        @Nullable Integer audit7,
        @Nullable Integer audit8,
        @Nullable Integer audit9,
        @Nullable Integer audit10,
        @Nullable Integer fast1,
        @Nullable Integer fast2,
        @Nullable Integer fast3,
        @Nullable Integer fast4) {

    /** Scores the chosen tool; missing or impossible answers throw with the item at fault. */
    AlcoholScreeningResult score() {
        if ("AUDIT_C".equals(tool)) {
            if (audit1 == null || audit2 == null || audit3 == null) {
                throw new org.onedoor.shared.DomainRuleViolation(
                        "ANSWER_MISSING", "audit1", Messages.text("referral.audit1.answerMissing"));
            }
            return AlcoholScreening.scoreAuditC(new AuditCAnswers(audit1, audit2, audit3));
        }
        if ("AUDIT".equals(tool)) {
            return AlcoholScreening.scoreAudit(
                    new AuditAnswers(audit1, audit2, audit3, audit4, audit5, audit6, audit7, audit8, audit9, audit10));
        }
        if ("FAST".equals(tool)) {
            return AlcoholScreening.scoreFast(new FastAnswers(fast1, fast2, fast3, fast4));
        }
        throw new org.onedoor.shared.DomainRuleViolation(
                "UNKNOWN_TOOL", null, Messages.text("referral.tool.unknownTool"));
    }

    /** The answers last given, to fill the questions again (AUDIT's first three come from an AUDIT-C). */
    static Map<String, Integer> answersOf(List<ScreeningRecords.Screening> screenings) {
        Map<String, Integer> answers = new java.util.HashMap<>();
        for (ScreeningRecords.Screening screening : screenings) {
            String[] items = screening.answers().split(",", -1);
            String prefix = screening.tool().equals("FAST") ? "fast" : "audit";
            for (int i = 0; i < items.length; i++) {
                if (!items[i].isEmpty()) {
                    answers.put(prefix + (i + 1), Integer.valueOf(items[i]));
                }
            }
        }
        return answers;
    }
}
