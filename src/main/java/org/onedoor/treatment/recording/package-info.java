/**
 * What every recorded clinical change in treatment does around its own rule: the access check on the client, the
 * entry on the client's timeline, the audit-trail entry and the published event ({@code ClinicalChanges}). Episodes,
 * prescribing, care plans, appointments, group work, harm reduction and family support all record through it.
 */
@NullMarked
package org.onedoor.treatment.recording;

import org.jspecify.annotations.NullMarked;
