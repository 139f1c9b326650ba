package org.onedoor.contract.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.onedoor.contract.examples.ExampleActivity.Client;
import org.onedoor.contract.examples.ExampleActivity.Episode;
import org.onedoor.contract.examples.ExampleActivity.Intervention;
import org.onedoor.contract.examples.ExampleActivity.Practice;

/**
 * The worked examples' activity as an NDTMS dataset-K activity file (docs/payments.md, "The activity file"): one row
 * per intervention, the client's GP practice in {@code GPPTCE}, dates as {@code dd/MM/yyyy}, the episode's discharge
 * on each of its rows.
 */
final class ExampleActivityFile {

    static final String HEADER =
            "CLIENTID,EPISODID,GPPTCE,MODID,MODAL,MODSET,REFMODDT,TRIAGED,MODST,MODEND,DISD,DISRSN";
    private static final DateTimeFormatter NDTMS = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ExampleActivityFile() {}

    static Path write(Path file, List<Client> clients, Map<Practice, String> practiceCodes) {
        List<String> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Client client : clients) {
            String code = practiceCodes.get(client.practice());
            String clientId = code + "-" + client.number();
            for (int e = 0; e < client.episodes().size(); e++) {
                Episode episode = client.episodes().get(e);
                String episodeId = clientId + "-E" + (e + 1);
                for (int i = 0; i < episode.interventions().size(); i++) {
                    Intervention intervention = episode.interventions().get(i);
                    rows.add(String.join(
                            ",",
                            clientId,
                            episodeId,
                            code,
                            episodeId + "-M" + (i + 1),
                            "95",
                            "PRIMARY_CARE",
                            date(episode.triaged()),
                            date(episode.triaged()),
                            date(intervention.started()),
                            date(intervention.ended()),
                            date(episode.discharged()),
                            episode.reason() == null ? "" : episode.reason()));
                }
            }
        }
        try {
            return Files.write(file, rows, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String date(@Nullable LocalDate day) {
        return day == null ? "" : NDTMS.format(day);
    }
}
