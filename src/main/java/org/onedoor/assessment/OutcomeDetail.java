package org.onedoor.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onedoor.assessment.instrument.InstrumentDefinition;
import org.onedoor.assessment.instrument.Item;

/** One record in full: its summary, the definition of the version it was made on, and its raw answers. */
public record OutcomeDetail(OutcomeSummary summary, InstrumentDefinition definition, Map<String, String> answers) {

    /** A goal written on the record: its item, the area of life it is in (the item's section) and its words. */
    public record Goal(String item, String area, String text) {}

    /** The goals written on the record (a holistic assessment's items ending {@code _goal}), in the form's order. */
    public List<Goal> goals() {
        List<Goal> goals = new ArrayList<>();
        for (Item item : definition.items()) {
            String text = answers.get(item.id());
            if (item.id().endsWith("_goal") && text != null && !text.isBlank()) {
                goals.add(new Goal(item.id(), item.section() == null ? item.text() : item.section(), text));
            }
        }
        return goals;
    }
}
