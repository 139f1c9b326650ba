package org.onedoor.ndtms;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * One NDTMS dataset (a letter, effective from an April) as configuration: its fields in file order and its code lists
 * with their categories, read from {@code ndtms/dataset-<letter>/fields.csv} and {@code codes.csv} on the classpath
 * (domain reference §3.3, §4). A later letter is a new folder, not new code. Immutable; loaded once per letter.
 */
public final class NdtmsSchema {

    /** The dataset OneDoor reads and writes by default. */
    public static final String DEFAULT_DATASET = "K";

    private static final Map<String, NdtmsSchema> LOADED = new ConcurrentHashMap<>();

    private final String dataset;
    private final Map<String, NdtmsField> fields;
    private final Map<String, Map<String, NdtmsCode>> lists;

    private NdtmsSchema(String dataset, Map<String, NdtmsField> fields, Map<String, Map<String, NdtmsCode>> lists) {
        this.dataset = dataset;
        this.fields = fields;
        this.lists = lists;
    }

    /** Dataset K, the first OneDoor holds. */
    public static NdtmsSchema datasetK() {
        return dataset(DEFAULT_DATASET);
    }

    /** The schema of a dataset letter; an unknown letter is refused. */
    public static NdtmsSchema dataset(String letter) {
        String key = letter.strip().toUpperCase(Locale.ROOT);
        if (!key.matches("[A-Z]")) {
            throw new IllegalArgumentException("An NDTMS dataset is one letter, not '" + letter + "'");
        }
        return LOADED.computeIfAbsent(key, NdtmsSchema::load);
    }

    public String dataset() {
        return dataset;
    }

    /** Every field, in the order files are written. */
    public List<NdtmsField> fields() {
        return List.copyOf(fields.values());
    }

    /** The field codes, in the order files are written. */
    public List<String> fieldCodes() {
        return List.copyOf(fields.keySet());
    }

    public Optional<NdtmsField> field(String code) {
        return Optional.ofNullable(fields.get(code));
    }

    /** The codes of a list in file order; empty for a list the schema does not hold. */
    public List<NdtmsCode> codes(String list) {
        return List.copyOf(lists.getOrDefault(list, Map.of()).values());
    }

    public boolean hasCode(String list, String code) {
        return lists.getOrDefault(list, Map.of()).containsKey(code);
    }

    /** The category of a code, if the list holds it: {@code category("DISRSN", "80")} is {@code successful}. */
    public Optional<String> category(String list, String code) {
        return Optional.ofNullable(lists.getOrDefault(list, Map.of()).get(code)).map(NdtmsCode::category);
    }

    /** The codes of a list in a category, for SQL parameters: {@code codesIn("DISRSN", "successful")}. */
    public Set<String> codesIn(String list, String category) {
        return lists.getOrDefault(list, Map.of()).values().stream()
                .filter(c -> c.category().equals(category))
                .map(NdtmsCode::code)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static NdtmsSchema load(String letter) {
        String folder = "ndtms/dataset-" + letter.toLowerCase(Locale.ROOT) + "/";
        Map<String, NdtmsField> fields = new LinkedHashMap<>();
        for (List<String> row : rows(folder + "fields.csv", 5)) {
            String codeList = row.get(3).isBlank() ? null : row.get(3).strip();
            NdtmsField.Type type = NdtmsField.Type.valueOf(row.get(2).strip().toUpperCase(Locale.ROOT));
            if ((type == NdtmsField.Type.CODE) != (codeList != null)) {
                throw new IllegalStateException(folder + "fields.csv: " + row.get(0) + " needs a code list iff coded");
            }
            fields.put(row.get(0).strip(), new NdtmsField(row.get(0).strip(), row.get(1), type, codeList, row.get(4)));
        }
        Map<String, Map<String, NdtmsCode>> lists = new LinkedHashMap<>();
        for (List<String> row : rows(folder + "codes.csv", 4)) {
            NdtmsCode code = new NdtmsCode(
                    row.get(0).strip(),
                    row.get(1).strip(),
                    row.get(2),
                    row.get(3).strip());
            lists.computeIfAbsent(code.list(), l -> new LinkedHashMap<>()).put(code.code(), code);
        }
        for (NdtmsField field : fields.values()) {
            if (field.codeList() != null && !lists.containsKey(field.codeList())) {
                throw new IllegalStateException(folder + "codes.csv has no list " + field.codeList());
            }
        }
        lists.replaceAll((name, codes) -> java.util.Collections.unmodifiableMap(codes));
        return new NdtmsSchema(
                letter, java.util.Collections.unmodifiableMap(fields), java.util.Collections.unmodifiableMap(lists));
    }

    /** The data rows of a schema file (its header skipped), each with exactly {@code width} fields. */
    private static List<List<String>> rows(String resource, int width) {
        InputStream in = NdtmsSchema.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("No NDTMS dataset schema at " + resource);
        }
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CsvRecords csv = new CsvRecords(reader);
            csv.next();
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                if (row.size() != width) {
                    throw new IllegalStateException(
                            resource + " line " + csv.recordLine() + " has " + row.size() + " fields, not " + width);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
