package org.onedoor.assessment.instrument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one definition file into an {@link InstrumentDefinition}, collecting every problem with where it is
 * ({@code phq9/v1.yaml: items[8].options: …}) rather than stopping at the first. {@link DefinitionCheck} then checks
 * that the parts agree.
 */
final class DefinitionReader {

    private final String source;
    private final List<String> problems;

    private DefinitionReader(String source, List<String> problems) {
        this.source = source;
        this.problems = problems;
    }

    /** The definition, or null with the problems added to {@code problems}. */
    static @Nullable InstrumentDefinition read(String source, String text, List<String> problems) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException notYaml) {
            problems.add(source + ": not YAML: " + notYaml.getMessage());
            return null;
        }
        if (!(root instanceof Map<?, ?> map)) {
            problems.add(source + ": must be a mapping with id, version, title and items");
            return null;
        }
        int before = problems.size();
        InstrumentDefinition definition = new DefinitionReader(source, problems).definition(map);
        return problems.size() == before ? definition : null;
    }

    private InstrumentDefinition definition(Map<?, ?> map) {
        List<OutcomeStage> stages = new ArrayList<>();
        for (Object stage : list(map, "stages", "")) {
            try {
                stages.add(OutcomeStage.valueOf(
                        String.valueOf(stage).toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException unknown) {
                problem("stages", "unknown stage " + stage);
            }
        }
        List<Item> items = new ArrayList<>();
        List<Object> itemList = list(map, "items", "");
        for (int i = 0; i < itemList.size(); i++) {
            items.add(item(mapping(itemList.get(i), "items[" + i + "]"), "items[" + i + "]"));
        }
        List<ScoreRule> scores = new ArrayList<>();
        List<Object> scoreList = list(map, "scores", "");
        for (int i = 0; i < scoreList.size(); i++) {
            scores.add(score(mapping(scoreList.get(i), "scores[" + i + "]"), "scores[" + i + "]"));
        }
        List<RiskRule> risks = new ArrayList<>();
        List<Object> riskList = list(map, "risks", "");
        for (int i = 0; i < riskList.size(); i++) {
            Map<?, ?> risk = mapping(riskList.get(i), "risks[" + i + "]");
            risks.add(new RiskRule(
                    text(risk, "item", "risks[" + i + "]"),
                    number(risk, "above", "risks[" + i + "]", BigDecimal.ZERO).intValue(),
                    text(risk, "alert", "risks[" + i + "]")));
        }
        return new InstrumentDefinition(
                text(map, "id", ""),
                number(map, "version", "", null).intValue(),
                text(map, "title", ""),
                text(map, "short-title", ""),
                optional(map, "introduction"),
                text(map, "licence", ""),
                stages,
                items,
                scores,
                risks);
    }

    private Item item(Map<?, ?> map, String at) {
        ItemType type = type(map, at);
        List<Option> options = new ArrayList<>();
        for (Object option : list(map, "options", at)) {
            Map<?, ?> o = mapping(option, at + ".options");
            options.add(new Option(text(o, "value", at + ".options"), text(o, "label", at + ".options")));
        }
        Object length = map.get("max-length");
        return new Item(
                text(map, "id", at),
                optional(map, "section"),
                text(map, "text", at),
                optional(map, "hint"),
                type,
                options,
                decimal(map, "min", at),
                decimal(map, "max", at),
                optional(map, "unit"),
                !Boolean.FALSE.equals(map.get("required")),
                Boolean.TRUE.equals(map.get("allow-not-answered")),
                length instanceof Number n ? n.intValue() : 1000,
                optional(map, "ndtms"));
    }

    private ScoreRule score(Map<?, ?> map, String at) {
        ScoreMethod method;
        try {
            method = ScoreMethod.valueOf(
                    text(map, "method", at).toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            problem(at + ".method", "unknown method " + map.get("method"));
            method = ScoreMethod.SUM;
        }
        List<String> items =
                list(map, "items", at).stream().map(String::valueOf).toList();
        List<Band> bands = new ArrayList<>();
        for (Object band : list(map, "bands", at)) {
            Map<?, ?> b = mapping(band, at + ".bands");
            bands.add(new Band(number(b, "from", at + ".bands", BigDecimal.ZERO), text(b, "label", at + ".bands")));
        }
        return new ScoreRule(
                text(map, "id", at),
                text(map, "label", at),
                method,
                items,
                number(map, "min", at, BigDecimal.ZERO),
                number(map, "max", at, BigDecimal.ZERO),
                bands,
                !Boolean.FALSE.equals(map.get("chart")),
                optional(map, "ndtms"));
    }

    private ItemType type(Map<?, ?> map, String at) {
        String type = text(map, "type", at);
        try {
            return ItemType.valueOf(type.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            problem(at + ".type", "unknown answer type " + type);
            return ItemType.TEXT;
        }
    }

    private List<Object> list(Map<?, ?> map, String key, String at) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        problem(join(at, key), "must be a list");
        return List.of();
    }

    private Map<?, ?> mapping(Object value, String at) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        problem(at, "must be a mapping");
        return Map.of();
    }

    private String text(Map<?, ?> map, String key, String at) {
        Object value = map.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            problem(join(at, key), "missing");
            return "";
        }
        return String.valueOf(value).strip();
    }

    private static @Nullable String optional(Map<?, ?> map, String key) {
        Object value = map.get(key);
        return value == null || String.valueOf(value).isBlank()
                ? null
                : String.valueOf(value).strip();
    }

    private @Nullable BigDecimal decimal(Map<?, ?> map, String key, String at) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(String.valueOf(value));
        } catch (NumberFormatException notANumber) {
            problem(join(at, key), "must be a number, not " + value);
            return null;
        }
    }

    private BigDecimal number(Map<?, ?> map, String key, String at, @Nullable BigDecimal otherwise) {
        BigDecimal value = decimal(map, key, at);
        if (value == null && otherwise == null) {
            problem(join(at, key), "missing");
            return BigDecimal.ZERO;
        }
        return value == null ? otherwise : value;
    }

    private void problem(String at, String what) {
        problems.add(source + ": " + at + ": " + what);
    }

    private static String join(String at, String key) {
        return at.isEmpty() ? key : at + "." + key;
    }
}
