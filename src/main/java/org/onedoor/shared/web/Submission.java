package org.onedoor.shared.web;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.onedoor.shared.DomainRuleViolation;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One POST of a form, begun by {@link FormErrors#submit}: the change is made only when the form has no errors; a
 * refused change shows the form again with its problems, a made one redirects with a flash message.
 *
 * @param fields the form's name for each field the service names (see {@link FormErrors#reject(BindingResult,
 *               DomainRuleViolation, UnaryOperator)})
 */
public record Submission(
        FormErrors rejecting,
        BindingResult errors,
        Model model,
        Record form,
        Runnable change,
        UnaryOperator<String> fields) {

    /** Where the form calls the service's fields otherwise. */
    public Submission fieldsAs(UnaryOperator<String> named) {
        return new Submission(rejecting, errors, model, form, change, named);
    }

    /** After the change, flash this message and go to this path. */
    public Redirecting thenRedirect(RedirectAttributes attributes, String message, String path) {
        return new Redirecting(this, attributes, message, path);
    }

    /** A submission that redirects once its change is made. */
    public record Redirecting(Submission submission, RedirectAttributes attributes, String message, String path) {

        /** Makes the change if it may and returns the redirect; otherwise shows the errors and returns {@code page}. */
        public String orShow(Supplier<String> page) {
            BindingResult errors = submission.errors();
            if (!errors.hasErrors()) {
                try {
                    submission.change().run();
                    attributes.addFlashAttribute("flash", message);
                    return "redirect:" + path;
                } catch (DomainRuleViolation refused) {
                    submission.rejecting().reject(errors, refused, submission.fields());
                }
            }
            FormErrors.show(submission.model(), errors, submission.form());
            return page.get();
        }
    }
}
