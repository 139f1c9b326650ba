/**
 * The outcome screens: the outcomes section of the client record (loaded into it by htmx, and a page of its own),
 * the instrument forms generated from the definitions, one record with its scores, voiding, and the trajectory page
 * with a server-drawn chart and a table per measure. A client of the assessment API like any other.
 */
@NullMarked
package org.onedoor.assessment.web;

import org.jspecify.annotations.NullMarked;
