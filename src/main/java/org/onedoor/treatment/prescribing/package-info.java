/**
 * Shared-care prescribing record: opioid substitution courses with their dose and supervision history,
 * reviews and pharmacy. Named so that the demo generator can use {@link
 * org.onedoor.treatment.prescribing.PrescribingImport}.
 */
@NamedInterface("prescribing")
@NullMarked
package org.onedoor.treatment.prescribing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
