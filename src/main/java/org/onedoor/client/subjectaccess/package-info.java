/**
 * A client's subject-access export (UK GDPR article 15): every section each module declares through
 * {@link org.onedoor.client.spi.SubjectAccessSection}, across records merged into one, as a document in the chosen
 * format. The export is written to the audit trail.
 */
@NullMarked
package org.onedoor.client.subjectaccess;

import org.jspecify.annotations.NullMarked;
