package org.onedoor.client.web;

import java.time.Duration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.ClientSettings;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The page a person sees when a client record is closed to them: why, and the break-glass form when they may use it.
 * It never names the client: the person may not yet know who the record is about.
 */
@Component
class RefusalPage {

    static final String VIEW = "client/refused";

    private final ClientSettings settings;

    RefusalPage(ClientSettings settings) {
        this.settings = settings;
    }

    String show(
            Model model,
            UUID clientId,
            @Nullable String reason,
            boolean mayBreakGlass,
            BreakGlassForm form,
            @Nullable BindingResult errors) {
        model.addAttribute("clientId", clientId);
        model.addAttribute("reason", reason);
        model.addAttribute("mayBreakGlass", mayBreakGlass);
        model.addAttribute("form", form);
        model.addAttribute("duration", duration(settings.breakGlassDuration()));
        if (errors != null) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
            model.addAttribute("hasErrors", true);
        }
        return VIEW;
    }

    /** "4 hours", "1 hour", "90 minutes". */
    static String duration(Duration duration) {
        if (duration.toMinutesPart() == 0 && duration.toHours() > 0) {
            long hours = duration.toHours();
            return hours + (hours == 1 ? " hour" : " hours");
        }
        long minutes = duration.toMinutes();
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
