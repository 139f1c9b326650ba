/**
 * The {@code indicators} command line: every indicator computed from an NDTMS activity file by the same engine and SQL
 * as the server, on a private in-memory database, written as CSV; problems with its input exit with status 2.
 */
@NullMarked
package org.onedoor.indicators.cli;

import org.jspecify.annotations.NullMarked;
