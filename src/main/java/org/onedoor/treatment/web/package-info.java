/**
 * The episode pages: opening, the episode and its interventions, discharge, keyworker hand-over and delegation of
 * recording. Controllers and form helpers only; every rule and write goes through the treatment module's API.
 */
@NullMarked
package org.onedoor.treatment.web;

import org.jspecify.annotations.NullMarked;
