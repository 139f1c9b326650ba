/**
 * Group work: programmes delivering one intervention type, their sessions at a venue from the directory (GP practices
 * and community venues) with a facilitator and a capacity, clients enrolled once per programme, and attendance per
 * session recorded in one register (on each client's timeline and in the audit trail).
 */
@NamedInterface("groupwork")
@NullMarked
package org.onedoor.treatment.groupwork;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
