package org.onedoor.assessment.instrument;

/** One answer an item of type CHOICE offers: the value stored and the words shown. */
public record Option(String value, String label) {}
