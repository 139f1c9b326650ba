package org.onedoor.site;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onedoor.shared.AccessRefused;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.DomainRuleViolation.FieldProblem;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * RFC 9457 problem details for API callers, each with a stable type, a code and the fields at fault. Only for
 * {@code @RestController}s: a selector by package as well would take in every page controller too (selectors are
 * ORed) and give people JSON instead of {@link HtmlErrors}' pages.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
    static final String TYPE_BASE = "https://onedoor.example/problems/";

    @ExceptionHandler(DomainRuleViolation.class)
    ProblemDetail rule(DomainRuleViolation violation) {
        return problem(HttpStatus.CONFLICT, violation.code(), violation.getMessage(), violation.problems());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict() {
        return problem(
                HttpStatus.CONFLICT,
                "CHANGED_BY_SOMEONE_ELSE",
                Messages.text("site.error.changedBySomeoneElse"),
                List.of());
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound notFound) {
        return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", notFound.getMessage(), List.of());
    }

    @ExceptionHandler({AccessRefused.class, AccessDeniedException.class})
    ProblemDetail refused(RuntimeException refused) {
        String reason =
                refused instanceof AccessRefused ? refused.getMessage() : Messages.text("site.error.rolesRefused");
        return problem(HttpStatus.FORBIDDEN, "ACCESS_REFUSED", reason, List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException mismatch) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "INVALID_PARAMETER",
                Messages.text("site.error.invalidParameter"),
                List.of(new FieldProblem(
                        mismatch.getName(),
                        "INVALID_FORMAT",
                        Messages.text("site.error.invalidParameter.field", mismatch.getValue(), mismatch.getName()))));
    }

    @ExceptionHandler(RefusedCharacters.class)
    ProblemDetail controlCharacters(RefusedCharacters refused) {
        return problem(
                HttpStatus.BAD_REQUEST,
                RefusedCharacters.CODE,
                Messages.text("site.error.controlCharacters"),
                refused.problems());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
        for (Throwable cause = unreadable.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ControlCharacterJson.Refused refused) {
                return controlCharacters(new RefusedCharacters(List.of(RefusedCharacters.at(refused.field()))));
            }
        }
        return problem(
                HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", Messages.text("site.error.malformedRequest"), List.of());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException missing) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "MISSING_PARAMETER",
                Messages.text("site.error.missingParameter"),
                List.of(new FieldProblem(
                        missing.getParameterName(),
                        "REQUIRED",
                        Messages.text("site.error.missingParameter.field", missing.getParameterName()))));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException invalid) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "INVALID_REQUEST",
                Messages.text("site.error.invalidFields"),
                invalid.getBindingResult().getFieldErrors().stream()
                        .map(error -> new FieldProblem(
                                error.getField(),
                                String.valueOf(error.getCode()),
                                String.valueOf(error.getDefaultMessage())))
                        .toList());
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameters(HandlerMethodValidationException invalid) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "INVALID_REQUEST",
                Messages.text("site.error.invalidParameters"),
                invalid.getParameterValidationResults().stream()
                        .flatMap(result -> result.getResolvableErrors().stream()
                                .map(error -> new FieldProblem(
                                        String.valueOf(
                                                result.getMethodParameter().getParameterName()),
                                        "INVALID",
                                        String.valueOf(error.getDefaultMessage()))))
                        .toList());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException failure) {
        if (!TooLong.is(failure)) {
            return failed(failure);
        }
        return ResponseEntity.badRequest()
                .body(problem(HttpStatus.BAD_REQUEST, "TOO_LONG", TooLong.MESSAGE, List.of()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> failed(Exception failure) {
        if (failure instanceof ErrorResponse refused && refused.getStatusCode().is4xxClientError()) {
            // Not the request the API takes: a method, media type (415) or Accept (406) it does not serve.
            HttpStatus status = HttpStatus.valueOf(refused.getStatusCode().value());
            return ResponseEntity.status(status)
                    .headers(refused.getHeaders())
                    .body(problem(
                            status,
                            status.name(),
                            String.valueOf(refused.getBody().getDetail()),
                            List.of()));
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Incident {}: API request failed", incident, failure);
        ProblemDetail problem = problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "INTERNAL_ERROR",
                Messages.text("site.error.incident", incident),
                List.of());
        problem.setProperty("incident", incident);
        return ResponseEntity.internalServerError().body(problem);
    }

    static ProblemDetail problem(HttpStatus status, String code, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code.toLowerCase().replace('_', '-')));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        problem.setProperty(
                "errors",
                errors.stream()
                        .map(error -> Map.of("field", error.field(), "code", error.code(), "message", error.message()))
                        .toList());
        return problem;
    }
}
