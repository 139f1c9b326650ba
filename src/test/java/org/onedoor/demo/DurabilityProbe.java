package org.onedoor.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The child process of {@link EmbeddedDatabaseDurabilityIntegrationTest}: opens the database at the given URL and,
 * until it is killed, takes a reference from a sequence, inserts it and commits, and only then prints
 * {@code ack <reference>}, as the application acknowledges a referral only after its transaction committed.
 */
final class DurabilityProbe {

    private DurabilityProbe() {}

    public static void main(String[] args) throws SQLException {
        try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("create sequence if not exists probe_reference_seq start with 100001");
                ddl.execute("create table if not exists probe_referral (reference varchar(20) primary key)");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement next = connection.prepareStatement("select nextval('probe_reference_seq')");
                    PreparedStatement insert =
                            connection.prepareStatement("insert into probe_referral (reference) values (?)")) {
                while (true) {
                    String reference;
                    try (ResultSet row = next.executeQuery()) {
                        row.next();
                        reference = "R" + row.getLong(1);
                    }
                    insert.setString(1, reference);
                    insert.executeUpdate();
                    connection.commit();
                    System.out.println("ack " + reference);
                    System.out.flush();
                }
            }
        }
    }
}
