package org.onedoor.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {

    /** A key looked up in code, or named as a Bean Validation annotation's message ({@code message = "{key}"}). */
    private static final Pattern LOOKUP =
            Pattern.compile("Messages\\.text\\(\\s*\"([^\"]+)\"|message = \"\\{([a-zA-Z0-9.]+)}\"");

    @Test
    void readsAMessageAsWrittenApostrophesAndAll() {
        assertThat(Messages.text("client.sex.required")).isEqualTo("Select the client's sex, or 'Prefer not to say'");
        assertThat(Messages.text("partnership.areaName.required"))
                .isEqualTo("Enter the name of the area the partnership serves");
    }

    @Test
    void fillsPlaceholdersWithTheValuesAsTheyAreInOnePass() {
        assertThat(Messages.filled(
                        "This session is full: {0} of {1} places, at {2}", new Object[] {12, 1000, "Room {1}"}))
                .isEqualTo("This session is full: 12 of 1000 places, at Room {1}");
        assertThat(Messages.filled("Left as written: {9} and {x}", new Object[] {"a"}))
                .isEqualTo("Left as written: {9} and {x}");
        assertThat(Messages.has("no.such.key")).isFalse();
        assertThatThrownBy(() -> Messages.text("no.such.key"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no.such.key");
    }

    @Test
    void everyKeyTheCodeLooksUpIsInTheBundle() throws IOException {
        List<String> missing = new ArrayList<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher lookup = LOOKUP.matcher(Files.readString(file));
                while (lookup.find()) {
                    found++;
                    String key = lookup.group(1) != null ? lookup.group(1) : lookup.group(2);
                    if (!Messages.has(key)) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(found).isPositive();
        assertThat(missing).isEmpty();
    }
}
