/**
 * Contract documents: a contract with its funding and payment rules as a YAML file a commissioner keeps under
 * version control, read with every problem named by file, line and field, and written back in the same layout.
 */
@NullMarked
package org.onedoor.contract.document;

import org.jspecify.annotations.NullMarked;
