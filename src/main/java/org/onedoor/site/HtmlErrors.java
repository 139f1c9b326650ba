package org.onedoor.site;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.onedoor.shared.AccessRefused;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Error pages for people: what happened and what to do, never a stack trace. Ahead of the framework's problem details
 * (order 0), which would otherwise answer a malformed id or a missing parameter on a page with JSON; the API's own
 * controllers have {@link ApiErrors}, which comes first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class HtmlErrors {

    private static final Logger log = LoggerFactory.getLogger(HtmlErrors.class);

    @ExceptionHandler({NotFound.class, NoResourceFoundException.class, MethodArgumentTypeMismatchException.class})
    String notFound(HttpServletResponse response) {
        response.setStatus(404);
        return "error/404";
    }

    @ExceptionHandler(AccessRefused.class)
    String refused(AccessRefused refused, HttpServletResponse response, Model model) {
        response.setStatus(403);
        model.addAttribute("reason", refused.getMessage());
        return "error/403";
    }

    @ExceptionHandler(AccessDeniedException.class)
    String denied(HttpServletResponse response, Model model) {
        response.setStatus(403);
        model.addAttribute("reason", Messages.text("site.error.rolesRefused"));
        return "error/403";
    }

    @ExceptionHandler(DomainRuleViolation.class)
    String rule(DomainRuleViolation violation, HttpServletResponse response, Model model) {
        response.setStatus(409);
        model.addAttribute("reason", violation.getMessage());
        return "error/rule";
    }

    @ExceptionHandler(RefusedCharacters.class)
    String controlCharacters(RefusedCharacters refused, HttpServletResponse response, Model model) {
        response.setStatus(400);
        model.addAttribute("problems", refused.problems());
        return "error/input";
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String conflict(HttpServletResponse response) {
        response.setStatus(409);
        return "error/409";
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    String integrity(DataIntegrityViolationException failure, HttpServletResponse response, Model model) {
        if (!TooLong.is(failure)) {
            return failed(failure, response, model);
        }
        response.setStatus(400);
        model.addAttribute("reason", TooLong.MESSAGE);
        return "error/rule";
    }

    @ExceptionHandler(Exception.class)
    String failed(Exception failure, HttpServletResponse response, Model model) {
        if (failure instanceof ErrorResponse error && error.getStatusCode().is4xxClientError()) {
            // A request not sent as the page would (a parameter missing or malformed, a method not allowed).
            response.setStatus(error.getStatusCode().value());
            return "error/4xx";
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Incident {}: request failed", incident, failure);
        response.setStatus(500);
        model.addAttribute("incident", incident);
        return "error/5xx";
    }
}
