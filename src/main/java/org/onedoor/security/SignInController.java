package org.onedoor.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

    @GetMapping("/sign-in")
    String signIn(HttpSession session, Model model) {
        Object message = session.getAttribute(SignInFailureHandler.MESSAGE);
        if (message != null) {
            model.addAttribute("signInError", message);
            model.addAttribute("username", session.getAttribute(SignInFailureHandler.USERNAME));
            session.removeAttribute(SignInFailureHandler.MESSAGE);
            session.removeAttribute(SignInFailureHandler.USERNAME);
        }
        return "security/sign-in";
    }
}
