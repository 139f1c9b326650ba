package org.onedoor.assessment.instrument;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that the parts of a definition agree: unique item ids, choices with options, ranges the right way round,
 * scores over items that exist and hold numbers, a SUM's range equal to what its items can add up to, bands that
 * start at the minimum and rise, risk rules on items that exist, NDTMS field names as NDTMS writes them.
 */
final class DefinitionCheck {

    private DefinitionCheck() {}

    static void check(String source, InstrumentDefinition definition, List<String> problems) {
        String at = source + ": ";
        if (!definition.id().matches("[a-z][a-z0-9-]*")) {
            problems.add(at + "id must be lower-case letters, digits and hyphens");
        }
        if (definition.version() < 1) {
            problems.add(at + "version must be 1 or more");
        }
        if (definition.items().isEmpty()) {
            problems.add(at + "has no items");
        }
        Set<String> ids = new HashSet<>();
        for (Item item : definition.items()) {
            String where = at + "item " + item.id() + ": ";
            if (!ids.add(item.id()) || !item.id().matches("[a-z][a-z0-9_]*")) {
                problems.add(where + "id must be unique, lower-case letters, digits and underscores");
            }
            if (item.type() == ItemType.CHOICE && item.options().isEmpty()) {
                problems.add(where + "a choice needs options");
            }
            if (item.type() != ItemType.CHOICE && !item.options().isEmpty()) {
                problems.add(where + "only a choice has options");
            }
            boolean ranged = item.type() == ItemType.INTEGER || item.type() == ItemType.DECIMAL;
            if (ranged
                    && (item.min() == null || item.max() == null || item.min().compareTo(item.max()) > 0)) {
                problems.add(where + "needs a min no greater than its max");
            }
            if (item.ndtms() != null && !item.ndtms().matches("[A-Z][A-Z0-9_]*")) {
                problems.add(where + "NDTMS field must be written as NDTMS names it (upper case)");
            }
        }
        Set<String> scoreIds = new HashSet<>();
        for (ScoreRule score : definition.scores()) {
            checkScore(at + "score " + score.id() + ": ", definition, score, problems);
            if (!scoreIds.add(score.id())) {
                problems.add(at + "score " + score.id() + ": id must be unique");
            }
        }
        for (RiskRule risk : definition.risks()) {
            if (definition.item(risk.item()).filter(i -> i.type().numeric()).isEmpty()) {
                problems.add(at + "risk on " + risk.item() + ": no numeric item of that id");
            }
        }
    }

    private static void checkScore(String at, InstrumentDefinition definition, ScoreRule score, List<String> problems) {
        List<Item> items = score.items().stream()
                .map(definition::item)
                .flatMap(java.util.Optional::stream)
                .toList();
        if (items.size() != score.items().size() || items.isEmpty()) {
            problems.add(at + "names items that do not exist, or none");
            return;
        }
        if (score.method() == ScoreMethod.SUM_OF_WEEKS && items.stream().anyMatch(i -> i.type() != ItemType.WEEKS)) {
            problems.add(at + "sum-of-weeks reads only weeks items");
        }
        if (score.method() != ScoreMethod.SUM_OF_WEEKS
                && items.stream()
                        .anyMatch(i -> !i.type().numeric()
                                || i.type() == ItemType.WEEKS && score.method() != ScoreMethod.SUM)) {
            problems.add(at + "reads an item that holds no number");
        }
        int expected = switch (score.method()) {
            case BMI -> 2;
            case AUDIT -> 10;
            case AUDIT_C -> 3;
            case FAST -> 4;
            default -> -1;
        };
        if (expected > 0 && items.size() != expected) {
            problems.add(at + score.method() + " reads exactly " + expected + " items");
        }
        if (score.min().compareTo(score.max()) >= 0) {
            problems.add(at + "min must be below max");
        }
        if (score.method() == ScoreMethod.SUM || score.method() == ScoreMethod.SUM_OF_WEEKS) {
            BigDecimal lowest = items.stream().map(Item::lowest).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal highest = items.stream().map(Item::highest).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (lowest.compareTo(score.min()) != 0 || highest.compareTo(score.max()) != 0) {
                problems.add(at + "range " + score.min() + "-" + score.max() + " is not what its items add up to ("
                        + lowest + "-" + highest + ")");
            }
        }
        checkBands(at, score, problems);
    }

    private static void checkBands(String at, ScoreRule score, List<String> problems) {
        if (score.method().delegated()) {
            if (!score.bands().isEmpty()) {
                problems.add(at + "is banded by the alcohol scorer: declare no bands");
            }
            return;
        }
        if (score.bands().isEmpty()) {
            return;
        }
        if (score.bands().get(0).from().compareTo(score.min()) != 0) {
            problems.add(at + "the first band must start at the minimum, " + score.min());
        }
        for (int i = 1; i < score.bands().size(); i++) {
            BigDecimal from = score.bands().get(i).from();
            if (from.compareTo(score.bands().get(i - 1).from()) <= 0 || from.compareTo(score.max()) > 0) {
                problems.add(at + "band " + score.bands().get(i).label() + " must start above the one before and"
                        + " within the range");
            }
        }
    }
}
