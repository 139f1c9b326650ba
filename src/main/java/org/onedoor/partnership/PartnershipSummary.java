package org.onedoor.partnership;

/**
 * The partnership itself: the area it serves and the local authority that commissions it.
 *
 * @param localAuthorityCode the ONS code of the local authority, such as E06000012
 */
public record PartnershipSummary(String areaName, String localAuthorityCode) {}
