/**
 * Harm reduction: needle and syringe programme visits (anonymous under a pseudonymous code, or for a client; a code
 * is linked to a client later only with consent), items given out and returned, naloxone supplied, and blood-borne
 * virus testing and vaccination (sealed as BLOOD_BORNE_VIRUS on the client's timeline and on screens).
 */
@NamedInterface("harmreduction")
@NullMarked
package org.onedoor.treatment.harmreduction;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
