package org.onedoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Modulith cannot see SQL, so this test does: a module's SQL (string literals and text blocks in its Java code, its
 * own migrations and any {@code sql/<module>/} files) may name its own tables and any module's {@code report_*}
 * views, never another module's tables. Who owns a table comes from the migration that creates it,
 * {@code V…__<module>_<what>.sql}. Crossings that cannot be undone (applied migrations are never edited) are
 * listed in {@link #FROZEN} with their reason, so the test still fails on any new one.
 */
class SqlBoundaryTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path JAVA = Path.of("src/main/java/org/onedoor");
    private static final Path SQL = Path.of("src/main/resources/sql");

    private static final Pattern MIGRATION_NAME = Pattern.compile("V\\d+__([a-z]+)_.*\\.sql");
    private static final Pattern CREATES = Pattern.compile(
            "\\bcreate\\s+(?:table|(?:or\\s+replace\\s+)?view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern NAMES_TABLE =
            Pattern.compile("\\b(?:from|join|into|update|references|table|view|on)\\s+([a-z_][a-z0-9_]*)");
    private static final Pattern DATABASE_TIME = Pattern.compile(
            "\\b(current_date|current_timestamp|localtimestamp|now\\s*\\(\\s*\\))", Pattern.CASE_INSENSITIVE);
    private static final Pattern STRING_OR_COMMENT = Pattern.compile(
            "\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"|//[^\\n]*|/\\*.*?\\*/|'(?:[^'\\\\]|\\\\.)'",
            Pattern.DOTALL);

    /**
     * Crossings that stay, each "module -> table in file" with its reason. All are foreign keys or columns added to
     * another module's table by migrations that have already been applied, which are never edited (architecture
     * section 4); new SQL must not add more. Referral's own queries read the practice menu's code lists through
     * report_menu_intervention and report_substance_group since V202612071650.
     */
    private static final Map<String, String> FROZEN = Map.ofEntries(
            Map.entry(
                    "client -> referral in V202612011250__client_referral_client.sql",
                    "issue 5 added referral.client_id from a client-named migration; referral owns the column now"),
            Map.entry(
                    "referral -> substance_group in V202611231500__referral_create_code_lists.sql",
                    "foreign key referral_substance.substance_group to the practice menu's code list"),
            Map.entry(
                    "referral -> substance_group in V202611231530__referral_triage_and_allocation.sql",
                    "foreign key referral.substance_group to the practice menu's code list"),
            Map.entry(
                    "referral -> menu_intervention in V202611231530__referral_triage_and_allocation.sql",
                    "foreign key referral.needed_intervention to the practice menu's code list"),
            Map.entry(
                    "treatment -> client in V202612012130__treatment_group_work.sql",
                    "foreign keys from group enrolment and attendance to the client record"),
            Map.entry(
                    "treatment -> organisation in V202612012130__treatment_group_work.sql",
                    "foreign keys from a group programme to its provider and venue"),
            Map.entry(
                    "treatment -> staff_member in V202612012130__treatment_group_work.sql",
                    "foreign key from a group programme to its facilitator"),
            Map.entry(
                    "treatment -> client in V202612012131__treatment_harm_reduction.sql",
                    "foreign keys from harm-reduction records to the client record"),
            Map.entry(
                    "treatment -> organisation in V202612012131__treatment_harm_reduction.sql",
                    "foreign keys from harm-reduction records to their provider"));

    @Test
    void modulesReadOtherModulesOnlyThroughTheirReportViews() {
        Map<String, String> owners = tableOwners();
        Set<String> found = new TreeSet<>();
        for (Source source : sources()) {
            for (String table : namedTables(source.sql())) {
                String owner = owners.get(table);
                if (owner != null && !owner.equals(source.module()) && !table.startsWith("report_")) {
                    found.add(source.module() + " -> " + table + " in " + source.where());
                }
            }
        }
        List<String> crossings =
                found.stream().filter(crossing -> !FROZEN.containsKey(crossing)).toList();
        assertThat(crossings)
                .as("SQL that reads or writes another module's tables (use its report_* view)")
                .isEmpty();
        assertThat(FROZEN.keySet())
                .as("frozen crossings that no longer occur: remove them from the list")
                .allMatch(found::contains);
    }

    /** Architecture section 4: SQL is given :asOf and friends from the injected Clock, so boundaries are testable. */
    @Test
    void sqlNeverAsksTheDatabaseForTheTime() {
        List<String> asking = sources().stream()
                .filter(source -> !source.where().startsWith("V"))
                .filter(source -> DATABASE_TIME.matcher(source.sql()).find())
                .map(Source::where)
                .toList();
        assertThat(asking)
                .as("SQL in Java code or sql/ files using the database's clock")
                .isEmpty();
    }

    @Test
    void everyTableHasOneOwningModule() {
        assertThat(tableOwners())
                .containsEntry("referral", "referral")
                .containsEntry("organisation", "partnership")
                .containsEntry("report_organisation", "partnership")
                .containsEntry("client", "client");
    }

    @Test
    void readsTablesFromStringsAndTextBlocksButNotFromComments() {
        String java = """
                // rows come from organisation, says a comment
                String count = "select count(*) from referral r " + "join menu_intervention i on i.code = r.x";
                String block = \"""
                        left join substance_group g on g.code = r.substance_group
                        \""";
                """;

        assertThat(namedTables(javaStrings(java)))
                .contains("referral", "menu_intervention", "substance_group")
                .doesNotContain("organisation");
    }

    /** Table or view name to the module whose migration created it. */
    static Map<String, String> tableOwners() {
        Map<String, String> owners = new TreeMap<>();
        for (Path file : files(MIGRATIONS, ".sql")) {
            String module = migrationModule(file)
                    .orElseThrow(() ->
                            new AssertionError("Migration not named V…__<module>_<what>.sql: " + file.getFileName()));
            Matcher created = CREATES.matcher(withoutSqlComments(read(file)));
            while (created.find()) {
                String previous = owners.putIfAbsent(created.group(1), module);
                assertThat(previous)
                        .as("table %s created by two modules", created.group(1))
                        .isIn(null, module);
            }
        }
        return owners;
    }

    private static List<Source> sources() {
        List<Source> sources = new ArrayList<>();
        for (Path file : files(MIGRATIONS, ".sql")) {
            sources.add(new Source(
                    migrationModule(file).orElseThrow(),
                    file.getFileName().toString(),
                    withoutSqlComments(read(file))));
        }
        for (Path file : files(SQL, ".sql")) {
            sources.add(new Source(
                    SQL.relativize(file).getName(0).toString(), file.toString(), withoutSqlComments(read(file))));
        }
        for (Path file : files(JAVA, ".java")) {
            Path relative = JAVA.relativize(file);
            if (relative.getNameCount() > 1) {
                sources.add(new Source(relative.getName(0).toString(), relative.toString(), javaStrings(read(file))));
            }
        }
        return sources;
    }

    static Set<String> namedTables(String sql) {
        Set<String> tables = new TreeSet<>();
        Matcher named = NAMES_TABLE.matcher(sql.toLowerCase(Locale.ROOT));
        while (named.find()) {
            tables.add(named.group(1));
        }
        return tables;
    }

    /** The text of a Java file's string literals and text blocks, one per line; comments and code left out. */
    static String javaStrings(String java) {
        StringBuilder strings = new StringBuilder();
        Matcher literal = STRING_OR_COMMENT.matcher(java);
        while (literal.find()) {
            String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
            if (text != null) {
                strings.append(text).append('\n');
            }
        }
        return strings.toString();
    }

    private static String withoutSqlComments(String sql) {
        return sql.replaceAll("--[^\\n]*", "").toLowerCase(Locale.ROOT);
    }

    private static Optional<String> migrationModule(Path file) {
        Matcher name = MIGRATION_NAME.matcher(file.getFileName().toString());
        return name.matches() ? Optional.of(name.group(1)) : Optional.empty();
    }

    private static List<Path> files(Path root, String suffix) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Source(String module, String where, String sql) {}
}
