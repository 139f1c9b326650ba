package org.onedoor.assessment.instrument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.onedoor.assessment.alcohol.AlcoholScreening;
import org.onedoor.assessment.alcohol.AuditAnswers;
import org.onedoor.assessment.alcohol.AuditCAnswers;
import org.onedoor.assessment.alcohol.AuditCResult;
import org.onedoor.assessment.alcohol.AuditResult;
import org.onedoor.assessment.alcohol.FastAnswers;
import org.onedoor.assessment.alcohol.FastResult;

/**
 * The one generic scorer: works out each score of a definition from checked answers. A score whose items were not
 * all answered is left out (never guessed). AUDIT, AUDIT-C and FAST go to {@link AlcoholScreening}, which bands them.
 * Drafts are never scored: callers score only final records.
 */
public final class Scorer {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scorer() {}

    public static List<Score> score(InstrumentDefinition definition, Map<String, String> answers) {
        List<Score> scores = new ArrayList<>();
        for (ScoreRule rule : definition.scores()) {
            Result result = switch (rule.method()) {
                case SUM, SUM_OF_WEEKS -> sum(definition, rule, answers);
                case BMI -> bmi(rule, answers);
                case AUDIT -> audit(rule, answers);
                case AUDIT_C -> auditC(rule, answers);
                case FAST -> fast(rule, answers);
            };
            if (result != null) {
                String band = result.band() != null
                        ? result.band()
                        : rule.bandOf(result.value()).orElse(null);
                scores.add(new Score(rule.id(), rule.label(), result.value(), band));
            }
        }
        return scores;
    }

    /** Which risk rules the answers set off (PHQ-9 item 9 above 0). */
    public static List<RiskRule> risks(InstrumentDefinition definition, Map<String, String> answers) {
        return definition.risks().stream()
                .filter(risk -> {
                    BigDecimal value = number(answers.get(risk.item()));
                    return value != null && value.compareTo(BigDecimal.valueOf(risk.above())) > 0;
                })
                .toList();
    }

    private record Result(BigDecimal value, @Nullable String band) {}

    private static @Nullable Result sum(InstrumentDefinition definition, ScoreRule rule, Map<String, String> answers) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String id : rule.items()) {
            Item item = definition.item(id).orElseThrow();
            BigDecimal value = number(answers.get(item.type() == ItemType.WEEKS ? item.total() : id));
            if (value == null) {
                return null;
            }
            sum = sum.add(value);
        }
        return new Result(sum, null);
    }

    private static @Nullable Result bmi(ScoreRule rule, Map<String, String> answers) {
        BigDecimal weight = number(answers.get(rule.items().get(0)));
        BigDecimal height = number(answers.get(rule.items().get(1)));
        if (weight == null || height == null || height.signum() <= 0) {
            return null;
        }
        BigDecimal metres = height.divide(HUNDRED);
        return new Result(weight.divide(metres.multiply(metres), 1, RoundingMode.HALF_UP), null);
    }

    private static @Nullable Result audit(ScoreRule rule, Map<String, String> answers) {
        Integer[] items = whole(rule, answers);
        AuditResult result = AlcoholScreening.scoreAudit(new AuditAnswers(
                items[0], items[1], items[2], items[3], items[4], items[5], items[6], items[7], items[8], items[9]));
        return new Result(BigDecimal.valueOf(result.score()), result.band().label());
    }

    private static @Nullable Result auditC(ScoreRule rule, Map<String, String> answers) {
        Integer[] items = whole(rule, answers);
        if (items[0] == null || items[1] == null || items[2] == null) {
            return null;
        }
        AuditCResult result = AlcoholScreening.scoreAuditC(new AuditCAnswers(items[0], items[1], items[2]));
        return new Result(BigDecimal.valueOf(result.score()), result.band().label());
    }

    private static @Nullable Result fast(ScoreRule rule, Map<String, String> answers) {
        Integer[] items = whole(rule, answers);
        FastResult result = AlcoholScreening.scoreFast(new FastAnswers(items[0], items[1], items[2], items[3]));
        return new Result(BigDecimal.valueOf(result.score()), result.positive() ? "positive" : "negative");
    }

    private static @Nullable Integer[] whole(ScoreRule rule, Map<String, String> answers) {
        Integer[] values = new Integer[rule.items().size()];
        for (int i = 0; i < values.length; i++) {
            BigDecimal value = number(answers.get(rule.items().get(i)));
            values[i] = value == null ? null : value.intValueExact();
        }
        return values;
    }

    static @Nullable BigDecimal number(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
