/**
 * What every module's SQL shares: instants written to and read from {@code timestamp with time zone} columns the
 * same way on H2 and PostgreSQL. Static helpers over JDBC types; no beans and no module of OneDoor is used here.
 */
@NullMarked
package org.onedoor.shared.jdbc;

import org.jspecify.annotations.NullMarked;
