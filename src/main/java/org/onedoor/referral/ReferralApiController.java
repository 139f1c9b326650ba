package org.onedoor.referral;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.shared.ContactDetails;
import org.onedoor.shared.DomainRuleViolation.FieldProblem;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.onedoor.shared.OdsCode;
import org.onedoor.shared.Sex;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Referrals from other systems, into the same SPOC queue as every other channel. */
@RestController
@RequestMapping("/api/v1/referrals")
@Tag(name = "Referrals", description = "Send referrals to the single point of contact")
class ReferralApiController {

    private final ReferralIntake intake;
    private final Directory directory;

    ReferralApiController(ReferralIntake intake, Directory directory) {
        this.intake = intake;
        this.directory = directory;
    }

    /** What the sender gets back: where the referral is, its reference, and whether it was flagged urgent. */
    record Created(UUID id, String reference, boolean urgent, String status, Instant receivedAt) {}

    @PostMapping
    @Operation(
            summary = "Send a referral",
            description = "Checks the whole referral and reports every problem at "
                    + "once as RFC 9457 problem details; saves nothing unless all is well. Needs an API client credential "
                    + "with the REFERRAL_SUBMIT privilege, sent as 'Authorization: Bearer <token>'.")
    @PreAuthorize("hasAuthority('REFERRAL_SUBMIT')")
    public ResponseEntity<?> send(@RequestBody ReferralRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        NewReferral referral = toReferral(request, problems);
        if (!problems.isEmpty()) {
            try {
                intake.check(referral);
            } catch (FieldProblems more) {
                more.problems().stream()
                        .filter(problem ->
                                problems.stream().noneMatch(p -> p.field().equals(problem.field())))
                        .forEach(problems::add);
            }
            throw ReferralCheck.PROBLEMS.of(problems);
        }
        ReferralReceipt receipt = intake.receive(referral);
        return ResponseEntity.created(URI.create("/api/v1/referrals/" + receipt.id()))
                .body(new Created(
                        receipt.id(),
                        receipt.reference(),
                        receipt.urgent(),
                        ReferralStatus.RECEIVED.name(),
                        receipt.receivedAt()));
    }

    /** Bad input is a 400 listing every field at fault (not a 409: nothing conflicted). */
    @ExceptionHandler(FieldProblems.class)
    ResponseEntity<ProblemDetail> invalid(FieldProblems problems) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, Messages.text("referral.api.invalid"));
        problem.setType(URI.create("https://onedoor.example/problems/referral-invalid"));
        problem.setTitle("Bad Request");
        problem.setProperty("code", problems.code());
        problem.setProperty(
                "errors",
                problems.problems().stream()
                        .map(p -> java.util.Map.of("field", p.field(), "code", p.code(), "message", p.message()))
                        .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    private NewReferral toReferral(ReferralRequest request, List<FieldProblem> problems) {
        Sex sex = null;
        if (request.sex() != null) {
            try {
                sex = Sex.valueOf(request.sex());
            } catch (IllegalArgumentException unknown) {
                problems.add(new FieldProblem("sex", "UNKNOWN_CODE", Messages.text("referral.sex.unknownCode")));
            }
        }
        Set<Risk> risks = EnumSet.noneOf(Risk.class);
        for (String risk : request.risks() == null ? List.<String>of() : request.risks()) {
            if (risk == null || risk.isBlank()) {
                problems.add(new FieldProblem("risks", "UNKNOWN_CODE", Messages.text("referral.risks.emptyCode")));
                continue;
            }
            try {
                risks.add(Risk.valueOf(risk));
            } catch (IllegalArgumentException unknown) {
                problems.add(
                        new FieldProblem("risks", "UNKNOWN_CODE", Messages.text("referral.risks.unknownCode", risk)));
            }
        }
        UUID practice = null;
        if (request.gpPracticeOdsCode() != null && !request.gpPracticeOdsCode().isBlank()) {
            practice = OdsCode.parse(request.gpPracticeOdsCode())
                    .flatMap(directory::practice)
                    .map(OrganisationSummary::id)
                    .orElse(null);
            if (practice == null) {
                problems.add(new FieldProblem(
                        "gpPracticeOdsCode",
                        "UNKNOWN_PRACTICE",
                        Messages.text("referral.gpPracticeOdsCode.unknownPractice", request.gpPracticeOdsCode())));
            }
        }
        return new NewReferral(
                Channel.API,
                orEmpty(request.givenName()),
                orEmpty(request.familyName()),
                request.dateOfBirth(),
                sex,
                request.nhsNumber(),
                request.postcode(),
                ContactDetails.typed(
                        request.telephone(),
                        request.email(),
                        request.mayText(),
                        request.mayVoicemail(),
                        request.mayWrite()),
                practice,
                orEmpty(request.source()),
                request.referrerName(),
                request.referrerOrganisation(),
                request.substances() == null ? List.of() : request.substances(),
                risks,
                request.notes());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
