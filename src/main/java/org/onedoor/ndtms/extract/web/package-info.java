/**
 * The data officer's NDTMS extract screens: choose an agency and month, read the validation report, download the
 * file and see the history of extracts. The controller is a client of {@link
 * org.onedoor.ndtms.extract.NdtmsExtracts}; access is decided there through the client module's access policy.
 */
@NullMarked
package org.onedoor.ndtms.extract.web;

import org.jspecify.annotations.NullMarked;
