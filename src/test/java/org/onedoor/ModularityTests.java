package org.onedoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private static final Path EVENTS_RECORD = Path.of("docs/adr/0011-evidence-flows-through-report-views.md");

    private final ApplicationModules modules = ApplicationModules.of(OneDoorApplication.class);

    @Test
    void modulesRespectTheirDeclaredDependencies() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }

    /** ADR 0011: an event nobody listens to is named there, with the reason; otherwise it gets its listener. */
    @Test
    void everyPublishedEventHasAListenerOrThisRecord() throws IOException {
        PublishedEvents events = new PublishedEvents();
        Set<String> published = events.published();
        Set<String> listenedTo = events.listenedTo();
        String record = Files.readString(EVENTS_RECORD);

        assertThat(published)
                .as("events found in the compiled classes")
                .contains(
                        "org.onedoor.treatment.EpisodeClosed",
                        "org.onedoor.client.ClientRecordsMerged",
                        "org.onedoor.security.UserAccountChanged");
        assertThat(published)
                .filteredOn(event -> !listenedTo.contains(event))
                .as("events published with no listener and not named in " + EVENTS_RECORD)
                .allMatch(event -> record.contains("`" + event.substring(event.lastIndexOf('.') + 1) + "`"));
    }
}
