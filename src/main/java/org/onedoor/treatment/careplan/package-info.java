/**
 * Care plans: an episode's goals across the life domains with target dates, statuses and dated reviews
 * (status history kept, goals voided with a reason). Named so that the demo generator can use {@link
 * org.onedoor.treatment.careplan.CarePlanImport}.
 */
@NamedInterface("careplan")
@NullMarked
package org.onedoor.treatment.careplan;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
