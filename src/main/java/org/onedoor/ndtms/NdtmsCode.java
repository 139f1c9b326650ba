package org.onedoor.ndtms;

/**
 * One code of an NDTMS code list: the code as files carry it, its label and the named category business rules use
 * (a discharge reason's {@code successful}, a substance's {@code opiate}), so no rule branches on a literal code.
 */
public record NdtmsCode(String list, String code, String label, String category) {}
