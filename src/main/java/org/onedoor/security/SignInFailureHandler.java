package org.onedoor.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed sign-in back to the form with a message saying what to do, keeping the username typed: a throttled
 * or locked username is told so and until when (unknown usernames are throttled and locked alike, see
 * {@link SignInFailures}); a disabled account is named only to someone who gave its right password.
 */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

    static final String MESSAGE = "onedoor.signInError";
    static final String USERNAME = "onedoor.signInUsername";

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String message = exception instanceof LockedException locked && locked.getMessage() != null
                ? locked.getMessage()
                : exception instanceof DisabledException ? AccountSignIn.DISABLED : AccountSignIn.WRONG;
        request.getSession().setAttribute(MESSAGE, message);
        request.getSession().setAttribute(USERNAME, request.getParameter("username"));
        response.sendRedirect(request.getContextPath() + "/sign-in?error");
    }
}
