package org.onedoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the clinical hazard log (docs/clinical-safety/hazard-log.md) honest: every test it names as a guard exists,
 * every controlled hazard names one, and every rating follows from the DCB0129 matrix.
 */
class ClinicalSafetyHazardLogTest {

    private static final Path LOG = Path.of("docs/clinical-safety/hazard-log.md");
    private static final Path TESTS = Path.of("src/test/java");
    private static final Pattern HEADING = Pattern.compile("^## (H\\d{2}) (.+)$");
    private static final Pattern FIELD = Pattern.compile("^- \\*\\*(.+?)\\*\\*: (.*)$");
    private static final Pattern RATING = Pattern.compile("^(Very high|High|Medium|Low|Very low) × "
            + "(Minor|Significant|Considerable|Major|Catastrophic) = ([1-5])$");
    private static final Pattern GUARD = Pattern.compile("`([A-Z][A-Za-z0-9_]*)(?:#([a-z][A-Za-z0-9_]*))?`");

    private static final List<String> LIKELIHOODS = List.of("Very high", "High", "Medium", "Low", "Very low");
    private static final List<String> SEVERITIES =
            List.of("Minor", "Significant", "Considerable", "Major", "Catastrophic");
    private static final int[][] MATRIX = {
        {3, 4, 4, 5, 5},
        {2, 3, 3, 4, 5},
        {2, 2, 3, 3, 4},
        {1, 2, 2, 3, 4},
        {1, 1, 2, 2, 3}
    };

    record Hazard(String id, String title, Map<String, String> fields) {
        String field(String name) {
            return fields.getOrDefault(name, "");
        }
    }

    @Test
    void everyNamedGuardingTestExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Hazard hazard : hazards()) {
            Matcher guard = GUARD.matcher(hazard.field("Guarded by"));
            while (guard.find()) {
                String test = guard.group(1);
                String method = guard.group(2);
                Optional<Class<?>> type = testClass(test);
                if (type.isEmpty()) {
                    missing.add(hazard.id() + ": no test class " + test);
                } else if (method != null && !declares(type.get(), method)) {
                    missing.add(hazard.id() + ": no test " + test + "#" + method);
                }
            }
        }
        assertThat(missing)
                .as("tests named in the hazard log that no longer exist")
                .isEmpty();
    }

    @Test
    void everyControlledHazardNamesATestAndIsAcceptable() throws IOException {
        for (Hazard hazard : hazards()) {
            assertThat(hazard.field("Status")).as(hazard.id() + " status").isIn("Controlled", "Open");
            for (String name : List.of("Hazard", "Cause", "Effect on the client", "Controls")) {
                assertThat(hazard.field(name)).as(hazard.id() + " " + name).isNotBlank();
            }
            if (hazard.field("Status").equals("Controlled")) {
                assertThat(GUARD.matcher(hazard.field("Guarded by")).find())
                        .as(hazard.id() + " is controlled but names no guarding test")
                        .isTrue();
                assertThat(rating(hazard, "Residual risk"))
                        .as(hazard.id() + " is controlled with an unacceptable residual risk")
                        .isLessThanOrEqualTo(3);
            }
        }
    }

    @Test
    void everyRatingFollowsFromItsLikelihoodAndSeverity() throws IOException {
        List<Hazard> hazards = hazards();
        assertThat(hazards).as("hazards in the log").hasSizeGreaterThanOrEqualTo(7);
        for (Hazard hazard : hazards) {
            for (String risk : List.of("Initial risk", "Residual risk")) {
                Matcher rating = RATING.matcher(hazard.field(risk));
                assertThat(rating.matches())
                        .as(hazard.id() + " " + risk + " written as 'likelihood × severity = n'")
                        .isTrue();
                int expected = MATRIX[LIKELIHOODS.indexOf(rating.group(1))][SEVERITIES.indexOf(rating.group(2))];
                assertThat(Integer.parseInt(rating.group(3)))
                        .as(hazard.id() + " " + risk)
                        .isEqualTo(expected);
            }
        }
    }

    private static int rating(Hazard hazard, String field) {
        Matcher rating = RATING.matcher(hazard.field(field));
        return rating.matches() ? Integer.parseInt(rating.group(3)) : 5;
    }

    static List<Hazard> hazards() throws IOException {
        List<Hazard> hazards = new ArrayList<>();
        String id = null;
        String title = null;
        Map<String, String> fields = null;
        for (String line : Files.readAllLines(LOG)) {
            Matcher heading = HEADING.matcher(line);
            Matcher field = FIELD.matcher(line);
            if (heading.matches()) {
                if (id != null) {
                    hazards.add(new Hazard(id, title, fields));
                }
                id = heading.group(1);
                title = heading.group(2);
                fields = new java.util.LinkedHashMap<>();
            } else if (fields != null && field.matches()) {
                fields.put(field.group(1), field.group(2).strip());
            }
        }
        if (id != null) {
            hazards.add(new Hazard(id, title, fields));
        }
        return hazards;
    }

    private static Optional<Class<?>> testClass(String simpleName) throws IOException {
        try (Stream<Path> files = Files.walk(TESTS)) {
            Optional<Path> source = files.filter(p -> p.getFileName().toString().equals(simpleName + ".java"))
                    .findFirst();
            if (source.isEmpty()) {
                return Optional.empty();
            }
            String name = TESTS.relativize(source.get())
                    .toString()
                    .replace(".java", "")
                    .replace('/', '.')
                    .replace('\\', '.');
            try {
                return Optional.of(Class.forName(name));
            } catch (ClassNotFoundException e) {
                return Optional.empty();
            }
        }
    }

    private static boolean declares(Class<?> type, String method) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (Arrays.stream(c.getDeclaredMethods()).anyMatch(m -> m.getName().equals(method))) {
                return true;
            }
        }
        return false;
    }
}
