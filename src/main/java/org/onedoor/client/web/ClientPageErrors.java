package org.onedoor.client.web;

import jakarta.servlet.http.HttpServletResponse;
import org.onedoor.client.ClientAccessRefused;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refused opening of a client record, on the client screens: 403 with the reason and, for clinicians who may,
 * the break-glass form. Ahead of the site's generic error pages, which know nothing of break-glass.
 */
@ControllerAdvice(
        assignableTypes = {
            ClientRecordController.class,
            ClientDetailsController.class,
            ClientSearchController.class,
            BreakGlassController.class
        })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClientPageErrors {

    private final RefusalPage page;

    ClientPageErrors(RefusalPage page) {
        this.page = page;
    }

    @ExceptionHandler(ClientAccessRefused.class)
    String refused(ClientAccessRefused refused, HttpServletResponse response, Model model) {
        response.setStatus(403);
        return page.show(
                model,
                refused.clientId(),
                refused.getMessage(),
                refused.mayBreakGlass(),
                new BreakGlassForm(null),
                null);
    }
}
