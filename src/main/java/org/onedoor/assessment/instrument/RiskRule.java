package org.onedoor.assessment.instrument;

/**
 * An answer that must be acted on at once: an answer to {@code item} above {@code above} raises an alert on the
 * client's record with this text (PHQ-9 item 9, thoughts of self-harm).
 */
public record RiskRule(String item, int above, String alert) {}
