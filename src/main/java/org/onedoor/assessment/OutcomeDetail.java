package org.onedoor.assessment;

import java.util.Map;
import org.onedoor.assessment.instrument.InstrumentDefinition;

/** One record in full: its summary, the definition of the version it was made on, and its raw answers. */
public record OutcomeDetail(OutcomeSummary summary, InstrumentDefinition definition, Map<String, String> answers) {}
