package org.onedoor.contract.evidence;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Activity files for evidence tests, written row by row in the NDTMS layout and loaded as a snapshot of their own.
 * Client identifiers are made unique per file so tests never see each other's people. A plain helper over the
 * loader, so tests using it share the suite's one Spring context.
 */
final class ActivityFiles {

    static final String HEADER = "CLIENTID,EPISODID,AGNCY,GPPTCE,MODSET,MODAL,TRIAGED,MODST,MODEND,DISD,DISRSN";

    private final NdtmsActivityFile files;
    private final EvidenceKeys keys;

    ActivityFiles(NdtmsActivityFile files, EvidenceKeys keys) {
        this.files = files;
        this.keys = keys;
    }

    File file() {
        return new File();
    }

    /** A file being written: {@code intervention(...)} adds one row. */
    final class File {

        private final String prefix = UUID.randomUUID().toString().substring(0, 8) + "-";
        private final List<String> rows = new ArrayList<>();

        /** One intervention in the default agency and practice, community setting. */
        File intervention(String client, String episode, String triaged, String started, String ended) {
            return row(client, episode, "N0001", "B81001", "COMMUNITY", triaged, started, ended, "", "");
        }

        File discharged(
                String client,
                String episode,
                String triaged,
                String started,
                String ended,
                String discharged,
                String reason) {
            return row(client, episode, "N0001", "B81001", "COMMUNITY", triaged, started, ended, discharged, reason);
        }

        File row(
                String client,
                String episode,
                String agency,
                String practice,
                String setting,
                String triaged,
                String started,
                String ended,
                String discharged,
                String reason) {
            rows.add(String.join(
                    ",",
                    prefix + client,
                    episode,
                    agency,
                    practice,
                    setting,
                    "95",
                    triaged,
                    started,
                    ended,
                    discharged,
                    reason));
            return this;
        }

        String clientKey(String client) {
            return keys.clientKey(prefix + client);
        }

        EvidenceSnapshot load(LocalDate asOf) {
            return files.load(
                    "test.csv",
                    new StringReader(HEADER + "\n" + String.join("\n", rows) + "\n"),
                    asOf,
                    "test activity");
        }
    }
}
