/**
 * The evidence a payment run reads: activity snapshots (recorded in OneDoor or loaded from an NDTMS-layout file) with
 * pseudonymous keys, and the set-based queries that count clients in treatment per month and the outcome events.
 */
@NullMarked
package org.onedoor.contract.evidence;

import org.jspecify.annotations.NullMarked;
