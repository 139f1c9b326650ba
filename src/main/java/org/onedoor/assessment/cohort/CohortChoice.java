package org.onedoor.assessment.cohort;

import java.util.UUID;

/** An organisation or partner to choose on the cohort page: its id and name. */
public record CohortChoice(UUID id, String name) {}
