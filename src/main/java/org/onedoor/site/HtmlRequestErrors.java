package org.onedoor.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * An address nothing answers (a mistyped URL) or a method a route does not take (a POST-only address opened in the
 * browser): for someone who reads HTML, the service's own 404 or request error page, not the framework's JSON; for an
 * API caller, a problem in {@link ApiErrors}' shape. No controller has been chosen by then, so neither
 * {@link HtmlErrors} nor {@link ApiErrors} (both for controllers) can answer it.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class HtmlRequestErrors {

    private final JsonMapper json;

    HtmlRequestErrors(JsonMapper json) {
        this.json = json;
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView methodNotTaken(
            HttpRequestMethodNotSupportedException refused, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpStatus.METHOD_NOT_ALLOWED.value());
        refused.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        if (readsHtml(request)) {
            return new ModelAndView("error/4xx");
        }
        return problem(
                HttpStatus.METHOD_NOT_ALLOWED,
                "METHOD_NOT_ALLOWED",
                "Method '" + refused.getMethod() + "' is not supported");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView nothingHere(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        if (readsHtml(request)) {
            return new ModelAndView("error/404");
        }
        return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "Nothing is at this address");
    }

    private ModelAndView problem(HttpStatus status, String code, String detail) {
        View problem = (model, req, res) -> {
            res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            res.setCharacterEncoding(StandardCharsets.UTF_8.name());
            json.writeValue(res.getOutputStream(), ApiErrors.problem(status, code, detail, List.of()));
        };
        return new ModelAndView(problem);
    }

    /** A browser asking for a page; never for {@code /api/**}, which keeps problem details. */
    private static boolean readsHtml(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return accept != null && (accept.contains("text/html") || accept.contains("application/xhtml+xml"));
    }
}
