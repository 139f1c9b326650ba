/**
 * Family and carer support: concerned others with their own consent, optionally linked to a client, and
 * their support sessions. Named so that the demo generator can use {@link
 * org.onedoor.treatment.family.FamilyImport}.
 */
@NamedInterface("family")
@NullMarked
package org.onedoor.treatment.family;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
