package org.onedoor.partnership;

/** An entry of a code list: the stable code and the words people read. */
public record CodeLabel(String code, String label) {}
