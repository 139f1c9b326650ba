/**
 * Appointments and contacts (booked, attended, did not attend with a reason, cancelled), outcome-review
 * dates and "My caseload" with what is due. Named so that the demo generator can use {@link
 * org.onedoor.treatment.appointments.AppointmentImport}.
 */
@NamedInterface("appointments")
@NullMarked
package org.onedoor.treatment.appointments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
