package org.onedoor.ndtms;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.audittrail.AccessEvent;
import org.onedoor.audittrail.AccessLog;
import org.onedoor.audittrail.AuditSubject;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.ResultPage;
import org.springframework.stereotype.Service;

/**
 * The import screen's steps: an uploaded file is checked at once and kept with its validation report; its uploader
 * reads the report (paged) and, when nothing in it is more than a warning, confirms, which loads it through
 * {@link NdtmsImport}. Every upload, report view and load is in the audit trail.
 */
@Service
public class NdtmsUploads {

    public static final int REPORT_PAGE = 50;
    public static final int HISTORY_PAGE = 25;

    private final UploadStore store;
    private final NdtmsImport imports;
    private final Clock clock;
    private final AccessLog log;

    NdtmsUploads(UploadStore store, NdtmsImport imports, Clock clock, AccessLog log) {
        this.store = store;
        this.imports = imports;
        this.clock = clock;
        this.log = log;
    }

    /** Checks an uploaded file and keeps it with its report; the caller has checked it is UTF-8 text. */
    public UploadSummary upload(String fileName, byte[] content, ImportedBy by) {
        UUID id = UUID.randomUUID();
        ImportCheck.Result report = ImportCheck.run(
                fileName,
                new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8),
                NdtmsSchema.datasetK(),
                NdtmsImport.REQUIRED,
                LocalDate.now(clock));
        store.save(id, fileName, sha256(content), content, by, report);
        log.record(new AccessEvent(
                AccessAction.CREATE,
                AuditSubject.of("NDTMS_UPLOAD", id),
                "NDTMS import: upload for checking",
                fileName + ": " + report.rows() + " records, " + report.errors() + " errors, " + report.warnings()
                        + " warnings"));
        return store.find(id, by).orElseThrow();
    }

    /** The upload, if the person uploaded it (nobody else sees it). */
    public Optional<UploadSummary> find(UUID id, ImportedBy by) {
        return store.find(id, by);
    }

    /** One page (from 0) of an upload's validation report, in file order; the view is audited. */
    public ResultPage<NdtmsProblem> report(UUID id, ImportedBy by, int page) {
        UploadSummary upload = store.find(id, by).orElseThrow(() -> notFound(id));
        log.record(new AccessEvent(
                AccessAction.VIEW, AuditSubject.of("NDTMS_UPLOAD", id), "NDTMS import: validation report", null));
        return store.problems(upload.id(), page, REPORT_PAGE);
    }

    /** Loads a checked upload that has no error. */
    public ImportResult confirm(UUID id, ImportedBy by) {
        UploadSummary upload = store.find(id, by).orElseThrow(() -> notFound(id));
        if (!upload.loadable()) {
            throw new DomainRuleViolation(
                    "NDTMS_UPLOAD_NOT_LOADABLE",
                    null,
                    upload.status().equals("LOADED")
                            ? Messages.text("ndtms.upload.loaded")
                            : Messages.text("ndtms.upload.refused"));
        }
        ImportResult result =
                imports.load(upload.fileName(), new ByteArrayInputStream(store.content(id)), by, java.util.Set.of());
        store.loaded(id, result.id());
        return result;
    }

    /** One page (from 0) of every import, newest first. */
    public ResultPage<ImportSummary> history(int page) {
        return store.history(page, HISTORY_PAGE);
    }

    private static NotFound notFound(UUID id) {
        return new NotFound("NDTMS upload", id.toString());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
