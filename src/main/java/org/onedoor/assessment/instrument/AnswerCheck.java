package org.onedoor.assessment.instrument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.DomainRuleViolation.FieldProblem;
import org.onedoor.shared.Text;

/**
 * Checks raw answers against a definition, item by item: every problem is collected with the item it belongs to
 * ({@code item9}, {@code opiates.week2}), answers are kept as typed, and nothing is thrown. A draft may leave items
 * out but may not hold an impossible answer. A WEEKS item's total, left blank, is the sum of its weeks; typed, it
 * must equal that sum.
 */
public final class AnswerCheck {

    public static final String MISSING = "ANSWER_MISSING";
    public static final String OUT_OF_RANGE = "ANSWER_OUT_OF_RANGE";
    public static final String NOT_A_NUMBER = "ANSWER_NOT_A_NUMBER";
    public static final String TOTAL_MISMATCH = "TOTAL_NOT_SUM_OF_WEEKS";
    public static final String TOO_LONG = "TOO_LONG";

    private final Map<String, String> answers = new LinkedHashMap<>();
    private final List<FieldProblem> problems = new ArrayList<>();
    private final Map<String, String> raw;
    private final boolean draft;

    private AnswerCheck(Map<String, String> raw, boolean draft) {
        this.raw = raw;
        this.draft = draft;
    }

    /** The answers tidied (blank left out, totals filled in) and every problem with them. */
    public record Checked(Map<String, String> answers, List<FieldProblem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Checked check(InstrumentDefinition definition, Map<String, String> raw, boolean draft) {
        AnswerCheck check = new AnswerCheck(raw, draft);
        int number = 0;
        for (Item item : definition.items()) {
            check.item(item, ++number);
        }
        return new Checked(Map.copyOf(check.answers), List.copyOf(check.problems));
    }

    /** How messages name an item: its words when short (50 characters or fewer), otherwise its number on the form. */
    public static String label(Item item, int number) {
        return item.text().length() <= 50 ? item.text() : "Question " + number;
    }

    private void item(Item item, int number) {
        String label = label(item, number);
        if (item.type() == ItemType.WEEKS) {
            weeks(item, label);
            return;
        }
        String value = Text.tidy(raw.get(item.id()));
        if (value == null) {
            if (item.required() && !draft) {
                problem(
                        item.id(),
                        MISSING,
                        label + ": " + (item.type() == ItemType.TEXT ? "enter an answer" : "answer this question"));
            }
            return;
        }
        answers.put(item.id(), value);
        switch (item.type()) {
            case CHOICE -> choice(item, label, value);
            case INTEGER, DECIMAL -> number(item, label, value);
            case YES_NO -> yesNo(item, label, value);
            default -> text(item, label, value);
        }
    }

    private void choice(Item item, String label, String value) {
        if (item.options().stream().anyMatch(o -> o.value().equals(value))) {
            return;
        }
        boolean numbered = item.options().stream().allMatch(o -> Item.points(o.value()) != null);
        problem(
                item.id(),
                OUT_OF_RANGE,
                numbered
                        ? label + ": the answer must be from " + plain(item.lowest()) + " to " + plain(item.highest())
                                + ", not " + value
                        : label + ": choose one of the answers given");
    }

    private void number(Item item, String label, String value) {
        BigDecimal number = parse(value, item.type() == ItemType.INTEGER);
        String what = item.type() == ItemType.INTEGER ? "a whole number" : "a number";
        String range = " from " + plain(item.min()) + " to " + plain(item.max())
                + (item.unit() == null ? "" : " " + item.unit());
        if (number == null) {
            problem(item.id(), NOT_A_NUMBER, label + ": enter " + what + range);
        } else if (number.compareTo(item.min()) < 0 || number.compareTo(item.max()) > 0) {
            problem(item.id(), OUT_OF_RANGE, label + ": must be" + range + ", not " + value);
        }
    }

    private void yesNo(Item item, String label, String value) {
        if (!value.equals("Y") && !value.equals("N") && !(item.allowNotAnswered() && value.equals("NA"))) {
            problem(
                    item.id(),
                    OUT_OF_RANGE,
                    label + ": answer yes or no"
                            + (item.allowNotAnswered() ? ", or that the client did not answer" : ""));
        }
    }

    private void text(Item item, String label, String value) {
        if (value.length() > item.maxLength()) {
            problem(item.id(), TOO_LONG, label + ": must be " + item.maxLength() + " characters or fewer");
        } else if (Text.hasControlCharacter(value)) {
            problem(item.id(), OUT_OF_RANGE, label + ": must not hold control characters");
        }
    }

    private void weeks(Item item, String label) {
        int sum = 0;
        boolean complete = true;
        boolean any = false;
        for (int week = 1; week <= Item.WEEKS; week++) {
            String key = item.week(week);
            String value = Text.tidy(raw.get(key));
            if (value == null) {
                complete = false;
                continue;
            }
            any = true;
            answers.put(key, value);
            BigDecimal days = parse(value, true);
            if (days == null || days.signum() < 0 || days.intValue() > Item.DAYS_A_WEEK) {
                problem(key, OUT_OF_RANGE, label + ", week " + week + ": must be from 0 to 7 days, not " + value);
                complete = false;
            } else {
                sum += days.intValue();
            }
        }
        String total = Text.tidy(raw.get(item.total()));
        if (!any && total == null) {
            if (item.required() && !draft) {
                problem(item.week(1), MISSING, label + ": enter the days in each of the four weeks");
            }
            return;
        }
        if (!complete) {
            if (!draft && problems.stream().noneMatch(p -> p.field().startsWith(item.id() + "."))) {
                problem(item.week(1), MISSING, label + ": enter the days in each of the four weeks, 0 for none");
            }
            if (total != null) {
                answers.put(item.total(), total);
            }
            return;
        }
        if (total == null) {
            answers.put(item.total(), String.valueOf(sum));
        } else {
            answers.put(item.total(), total);
            if (!String.valueOf(sum).equals(total)) {
                problem(
                        item.total(),
                        TOTAL_MISMATCH,
                        label + ": the 28-day total (" + total + ") must equal the four weeks added up (" + sum + ")");
            }
        }
    }

    private static @Nullable BigDecimal parse(String value, boolean whole) {
        if (!value.matches(whole ? "-?[0-9]{1,6}" : "-?[0-9]{1,6}(\\.[0-9]{1,2})?")) {
            return null;
        }
        return new BigDecimal(value);
    }

    private static String plain(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private void problem(String field, String code, String message) {
        problems.add(new FieldProblem(field, code, message));
    }
}
