package org.onedoor.contract.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every problem with one submission of the contract editor, each at its field: the field is
 * its form path ({@code rules[1].coreAnnualValue}) and its element id the same with dashes ({@code
 * rules-1-coreAnnualValue}), so the error summary links to the input.
 */
public final class EditorProblems {

    /** One line of the error summary. */
    public record Problem(String field, String message) {

        public String href() {
            return "#" + id(field);
        }
    }

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> firstByField = new LinkedHashMap<>();

    /** The element id of a form path: {@code rules[1].coreAnnualValue} is {@code rules-1-coreAnnualValue}. */
    public static String id(String field) {
        return field.replace("[", "-").replace("].", "-").replace("]", "").replace('.', '-');
    }

    /** {@link #id(String)}, for the templates. */
    public String idOf(String field) {
        return id(field);
    }

    void add(String field, String message) {
        problems.add(new Problem(field, message));
        firstByField.putIfAbsent(field, message);
    }

    /** Puts {@code prefix} before the messages of every problem found since there were {@code count}. */
    void prefixSince(int count, String prefix) {
        for (int i = count; i < problems.size(); i++) {
            Problem problem = problems.get(i);
            problems.set(i, new Problem(problem.field(), prefix + problem.message()));
        }
        firstByField.clear();
        problems.forEach(problem -> firstByField.putIfAbsent(problem.field(), problem.message()));
    }

    int count() {
        return problems.size();
    }

    /** A problem with the whole submission, listed in the summary without a link. */
    void global(String message) {
        add("", message);
    }

    public boolean any() {
        return !problems.isEmpty();
    }

    public boolean has(String field) {
        return firstByField.containsKey(field);
    }

    /** The message shown beside the field (the first, when a field has several). */
    public String message(String field) {
        return firstByField.getOrDefault(field, "");
    }

    /** Every problem, in the order found, for the error summary. */
    public List<Problem> all() {
        return List.copyOf(problems);
    }
}
