package org.onedoor.site;

import java.sql.SQLException;
import org.onedoor.shared.Messages;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A value longer than its column, caught by the database (SQLSTATE 22001, "string data, right truncation", on
 * PostgreSQL and H2) where no form checked its length first. The transaction has rolled back, so nothing was saved:
 * it is the person's input that is wrong, and the answer is a 400 saying so, never a 500.
 */
final class TooLong {

    static final String MESSAGE = Messages.text("site.error.tooLong");

    private TooLong() {}

    static boolean is(DataIntegrityViolationException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "22001".equals(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }
}
