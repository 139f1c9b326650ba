package org.onedoor.client;

import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How a module above the client record makes its own rows follow a merge, set-based: the rows of the duplicate are
 * written to the module's ledger table ({@code merge_id, table_name, row_id}) and then moved to the survivor, so
 * undoing the merge moves back exactly those rows, and rows recorded for the survivor since stay with it. Call it
 * from a synchronous listener of {@link ClientRecordsMerged} and {@link ClientMergeUndone}: it runs in the merge's
 * transaction, so a merge is never half done.
 */
@Component
public class MergedRows {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final JdbcClient jdbc;

    MergedRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves every row of {@code table} (alias {@code t}, with {@code id} and {@code client_id}); returns how many. */
    public int follow(ClientRecordsMerged merge, String ledger, String table) {
        return follow(merge, ledger, table, "1 = 1");
    }

    /**
     * Moves the rows of {@code table} that also meet {@code condition} (SQL on alias {@code t}; {@code :survivor}
     * names the survivor), such as "the survivor has no row for the same session" where a unique key would clash.
     * Rows left behind stay with the merged record, which no list shows.
     */
    public int follow(ClientRecordsMerged merge, String ledger, String table, String condition) {
        check(ledger);
        check(table);
        jdbc.sql("insert into " + ledger + " (merge_id, table_name, row_id) select :merge, '" + table + "', t.id from "
                        + table + " t where t.client_id = :duplicate and (" + condition + ")")
                .param("merge", merge.mergeId())
                .param("duplicate", merge.duplicateId().value())
                .param("survivor", merge.survivorId().value())
                .update();
        return jdbc.sql("update " + table + " set client_id = :survivor where client_id = :duplicate and id in"
                        + " (select m.row_id from " + ledger + " m where m.merge_id = :merge and m.table_name = '"
                        + table + "')")
                .param("survivor", merge.survivorId().value())
                .param("duplicate", merge.duplicateId().value())
                .param("merge", merge.mergeId())
                .update();
    }

    /** Moves back to the duplicate exactly the rows of {@code table} the merge moved; returns how many. */
    public int undo(ClientMergeUndone undone, String ledger, String table) {
        check(ledger);
        check(table);
        return jdbc.sql("update " + table + " set client_id = :duplicate where client_id = :survivor and id in"
                        + " (select m.row_id from " + ledger + " m where m.merge_id = :merge and m.table_name = '"
                        + table + "')")
                .param("survivor", undone.survivorId().value())
                .param("duplicate", undone.duplicateId().value())
                .param("merge", undone.mergeId())
                .update();
    }

    private static void check(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a table name: " + name);
        }
    }
}
