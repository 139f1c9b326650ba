package org.onedoor.assessment.instrument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every instrument definition, read from {@code classpath:instruments/<id>/v<n>.yaml} and checked once at start-up:
 * OneDoor refuses to start, listing every problem, when one is malformed, so a bad definition never reaches a form.
 * Definitions are never edited once used: a change is a new version file beside the old one.
 */
@Component
public class Instruments {

    static final String LOCATION = "classpath*:instruments/*/v*.yaml";
    private static final Pattern PATH = Pattern.compile(".*/instruments/([a-z0-9-]+)/v([0-9]+)\\.yaml$");

    private final Map<String, Map<Integer, InstrumentDefinition>> byId;

    public Instruments() {
        this(load(LOCATION));
    }

    Instruments(List<InstrumentDefinition> definitions) {
        Map<String, Map<Integer, InstrumentDefinition>> found = new TreeMap<>();
        definitions.forEach(
                d -> found.computeIfAbsent(d.id(), id -> new TreeMap<>()).put(d.version(), d));
        this.byId = found;
    }

    /** The newest version of each instrument, by title. */
    public List<InstrumentDefinition> current() {
        return byId.values().stream()
                .map(v ->
                        ((TreeMap<Integer, InstrumentDefinition>) v).lastEntry().getValue())
                .sorted(Comparator.comparing(InstrumentDefinition::shortTitle))
                .toList();
    }

    public Optional<InstrumentDefinition> latest(String id) {
        Map<Integer, InstrumentDefinition> versions = byId.get(id);
        return versions == null
                ? Optional.empty()
                : Optional.of(((TreeMap<Integer, InstrumentDefinition>) versions)
                        .lastEntry()
                        .getValue());
    }

    public Optional<InstrumentDefinition> find(String id, int version) {
        return Optional.ofNullable(byId.getOrDefault(id, Map.of()).get(version));
    }

    /** Reads and checks every definition at the location; throws one exception listing every problem. */
    static List<InstrumentDefinition> load(String location) {
        List<String> problems = new ArrayList<>();
        List<InstrumentDefinition> definitions = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(location)) {
                String path = resource.getURL().toString();
                Matcher name = PATH.matcher(path);
                String source = name.matches() ? name.group(1) + "/v" + name.group(2) + ".yaml" : path;
                InstrumentDefinition definition =
                        DefinitionReader.read(source, resource.getContentAsString(StandardCharsets.UTF_8), problems);
                if (definition == null) {
                    continue;
                }
                DefinitionCheck.check(source, definition, problems);
                if (name.matches()
                        && (!definition.id().equals(name.group(1))
                                || definition.version() != Integer.parseInt(name.group(2)))) {
                    problems.add(source + ": id and version must match the file's folder and name");
                }
                definitions.add(definition);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        if (definitions.isEmpty() && problems.isEmpty()) {
            problems.add("no instrument definitions found at " + location);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInstrumentDefinitions(problems);
        }
        return definitions;
    }

    /** Start-up stops with every problem of every definition listed. */
    public static class InvalidInstrumentDefinitions extends IllegalStateException {

        private final List<String> problems;

        InvalidInstrumentDefinitions(List<String> problems) {
            super("Instrument definitions are not valid:\n  " + String.join("\n  ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
