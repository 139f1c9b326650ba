/**
 * Alcohol screening: scores AUDIT-C, the full AUDIT and FAST, bands them and names the recommended response, as in
 * domain-reference §7.1 and §7.2. Start at {@link org.onedoor.assessment.alcohol.AlcoholScreening}. Plain Java with no
 * Spring beans; published as the named interface {@code assessment::alcohol} so referral screening uses the same
 * scorer.
 */
@NamedInterface("alcohol")
@NullMarked
package org.onedoor.assessment.alcohol;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
