/**
 * What every module's SQL shares: instants written to and read from {@code timestamp with time zone} columns the
 * same way on H2 and PostgreSQL ({@link org.onedoor.shared.jdbc.DbTime}), and the bulk imports' batched inserts of
 * positional rows ({@link org.onedoor.shared.jdbc.BatchInsert}). Static helpers over JDBC types and Spring's
 * {@code JdbcTemplate}; no beans and no module of OneDoor is used here.
 */
@NullMarked
package org.onedoor.shared.jdbc;

import org.jspecify.annotations.NullMarked;
