package org.onedoor.referral;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One referral's waiting clock: received, triaged, first appointment offered, first intervention started, and the
 * days between receipt and each stop. A breach is a wait over the standard to the first intervention (or, still
 * waiting, up to the day asked about).
 */
public record WaitingTime(UUID referralId, String status, boolean urgent, LocalDate receivedOn,
                          @Nullable LocalDate triagedOn, @Nullable LocalDate firstAppointmentOfferedOn,
                          @Nullable LocalDate firstInterventionStartedOn, @Nullable Long daysToTriage,
                          @Nullable Long daysToFirstIntervention, long daysWaitedSoFar, boolean breach) {
}
