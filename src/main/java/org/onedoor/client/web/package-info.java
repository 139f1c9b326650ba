/**
 * The client record's screens and JSON API: search and caseload, the record and its timeline, details, care team,
 * consent, alerts, break-glass and its review, access reports, merges and subject-access exports. Controllers and
 * forms only: every decision and write goes through the client module's services.
 */
@NullMarked
package org.onedoor.client.web;

import org.jspecify.annotations.NullMarked;
