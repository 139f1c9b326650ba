package org.onedoor.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.onedoor.assessment.ReportingSubstanceGroup;
import org.onedoor.indicators.IndicatorDefinition.Calculation;
import org.onedoor.indicators.IndicatorDefinition.Direction;
import org.onedoor.indicators.IndicatorDefinition.Measure;
import org.onedoor.indicators.IndicatorDefinition.PeriodKind;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The indicator definitions, read once from {@code indicators/definitions.yaml} on the class path, in file order. A
 * definition that names an unknown calculation, group or measure stops startup with the id and field at fault.
 */
final class IndicatorDefinitions {

    static final String RESOURCE = "/indicators/definitions.yaml";

    private final Map<String, IndicatorDefinition> byId = new LinkedHashMap<>();

    private IndicatorDefinitions(List<IndicatorDefinition> definitions) {
        definitions.forEach(definition -> byId.put(definition.id(), definition));
    }

    static IndicatorDefinitions load() {
        try (InputStream in = IndicatorDefinitions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            List<Map<String, Object>> entries = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<IndicatorDefinition> definitions = new ArrayList<>();
            for (Map<String, Object> entry : entries) {
                definitions.add(definition(entry));
            }
            return new IndicatorDefinitions(definitions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<IndicatorDefinition> all() {
        return List.copyOf(byId.values());
    }

    @Nullable
    IndicatorDefinition find(String id) {
        return byId.get(id);
    }

    private static IndicatorDefinition definition(Map<String, Object> entry) {
        String id = text(entry, "id", "?");
        try {
            List<ReportingSubstanceGroup> groups = new ArrayList<>();
            Object listed = entry.get("groups");
            if (listed instanceof List<?> names) {
                names.forEach(name -> groups.add(ReportingSubstanceGroup.valueOf(name.toString())));
            }
            Object target = entry.get("target");
            return new IndicatorDefinition(
                    id,
                    text(entry, "name", id),
                    Calculation.valueOf(text(entry, "calculation", id)),
                    groups,
                    optional(entry, "group"),
                    optional(entry, "discharge_class"),
                    entry.get("threshold_days") == null ? null : Integer.valueOf(text(entry, "threshold_days", id)),
                    PeriodKind.valueOf(text(entry, "period", id)),
                    Measure.valueOf(text(entry, "measure", id)),
                    Direction.valueOf(text(entry, "direction", id)),
                    target == null ? null : new BigDecimal(target.toString()),
                    text(entry, "numerator", id),
                    optional(entry, "denominator"),
                    text(entry, "description", id));
        } catch (IllegalArgumentException wrong) {
            throw new IllegalStateException(RESOURCE + ", indicator " + id + ": " + wrong.getMessage(), wrong);
        }
    }

    private static String text(Map<String, Object> entry, String field, String id) {
        Object value = entry.get(field);
        if (value == null) {
            throw new IllegalArgumentException("field " + field + " is required");
        }
        return value.toString();
    }

    @Nullable
    private static String optional(Map<String, Object> entry, String field) {
        Object value = entry.get(field);
        return value == null ? null : value.toString();
    }
}
