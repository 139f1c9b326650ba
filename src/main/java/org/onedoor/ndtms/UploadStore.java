package org.onedoor.ndtms;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onedoor.shared.ResultPage;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of uploads waiting for confirmation, their reports, and the history of imports. */
@Repository
class UploadStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    UploadStore(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    void save(UUID id, String fileName, String sha256, byte[] content, ImportedBy by, ImportCheck.Result report) {
        jdbc.sql("""
                        insert into ndtms_upload (id, file_name, sha256, content, uploaded_by, uploaded_at, row_count,
                               error_count, warning_count, agencies, status)
                        values (:id, :file, :sha256, :content, :by, :at, :rows, :errors, :warnings, :agencies,
                               :status)""")
                .param("id", id)
                .param("file", fileName)
                .param("sha256", sha256)
                .param("content", report.refused() ? null : content, java.sql.Types.BINARY)
                .param("by", by.name())
                .param("at", DbTime.now(clock))
                .param("rows", report.rows())
                .param("errors", report.errors())
                .param("warnings", report.warnings())
                .param("agencies", agencies(report))
                .param("status", report.refused() ? "REFUSED" : "PENDING")
                .update();
        List<NdtmsProblem> problems = report.problems();
        template.batchUpdate(
                """
                insert into ndtms_upload_problem (upload_id, seq, line, field, code, message, warning)
                values (?, ?, ?, ?, ?, ?, ?)""",
                java.util.stream.IntStream.range(0, problems.size()).boxed().toList(),
                1_000,
                (ps, i) -> {
                    NdtmsProblem p = problems.get(i);
                    ps.setObject(1, id);
                    ps.setInt(2, i);
                    ps.setInt(3, p.line());
                    ps.setString(4, p.field());
                    ps.setString(5, p.code());
                    ps.setString(6, p.message().length() > 1000 ? p.message().substring(0, 1000) : p.message());
                    ps.setBoolean(7, p.rule().warning());
                });
    }

    private static String agencies(ImportCheck.Result report) {
        String all = String.join(", ", report.agencies());
        return all.length() > 1000 ? all.substring(0, 997) + "..." : all;
    }

    /** An upload, seen only by the person who uploaded it. */
    Optional<UploadSummary> find(UUID id, ImportedBy by) {
        return jdbc.sql("""
                        select u.*, exists (select 1 from ndtms_import i
                                             where i.sha256 = u.sha256 and i.status = 'CURRENT') as in_force
                          from ndtms_upload u where u.id = :id and u.uploaded_by = :by""")
                .param("id", id)
                .param("by", by.name())
                .query(UploadStore::summary)
                .optional();
    }

    byte[] content(UUID id) {
        return jdbc.sql("select content from ndtms_upload where id = :id")
                .param("id", id)
                .query((rs, n) -> rs.getBytes(1))
                .single();
    }

    void loaded(UUID id, NdtmsImportId importId) {
        jdbc.sql("update ndtms_upload set status = 'LOADED', import_id = :import, content = null where id = :id")
                .param("import", importId.value())
                .param("id", id)
                .update();
    }

    ResultPage<NdtmsProblem> problems(UUID id, int page, int size) {
        long total = jdbc.sql("select count(*) from ndtms_upload_problem where upload_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        List<NdtmsProblem> items = jdbc.sql("""
                        select line, field, code, message from ndtms_upload_problem where upload_id = :id
                         order by seq offset :offset rows fetch next :size rows only""")
                .param("id", id)
                .param("offset", ResultPage.offset(page, size))
                .param("size", size)
                .query((rs, n) -> new NdtmsProblem(
                        NdtmsRule.valueOf(rs.getString("code")),
                        rs.getInt("line"),
                        rs.getString("field"),
                        rs.getString("message")))
                .list();
        return new ResultPage<>(items, ResultPage.clampIndex(page), size, total);
    }

    ResultPage<ImportSummary> history(int page, int size) {
        long total =
                jdbc.sql("select count(*) from ndtms_import").query(Long.class).single();
        List<ImportSummary> items = jdbc.sql("""
                        select id, file_name, dataset, agency, imported_at, imported_by, row_count, status
                          from ndtms_import order by imported_at desc, id
                         offset :offset rows fetch next :size rows only""")
                .param("offset", ResultPage.offset(page, size))
                .param("size", size)
                .query((rs, n) -> new ImportSummary(
                        new NdtmsImportId(rs.getObject("id", UUID.class)),
                        rs.getString("file_name"),
                        rs.getString("dataset"),
                        rs.getString("agency"),
                        DbTime.instant(rs, "imported_at"),
                        rs.getString("imported_by"),
                        rs.getInt("row_count"),
                        rs.getString("status")))
                .list();
        return new ResultPage<>(items, ResultPage.clampIndex(page), size, total);
    }

    private static UploadSummary summary(ResultSet rs, int row) throws SQLException {
        return new UploadSummary(
                rs.getObject("id", UUID.class),
                rs.getString("file_name"),
                rs.getString("sha256"),
                rs.getString("uploaded_by"),
                DbTime.instant(rs, "uploaded_at"),
                rs.getInt("row_count"),
                rs.getInt("error_count"),
                rs.getInt("warning_count"),
                rs.getString("agencies"),
                rs.getString("status"),
                rs.getObject("import_id", UUID.class),
                rs.getBoolean("in_force"));
    }
}
