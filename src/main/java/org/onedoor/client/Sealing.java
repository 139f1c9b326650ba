package org.onedoor.client;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.onedoor.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Decides which sealed entries a viewer sees, from the roles each seal category names in the settings. */
@Component
public class Sealing {

    private final ClientSettings settings;

    Sealing(ClientSettings settings) {
        this.settings = settings;
    }

    /** Whether the person may see (and so may seal) entries of this category; unsealed entries are for all. */
    public boolean sees(CurrentUser user, @Nullable SealedCategory category) {
        return category == null || settings.rolesSeeing(category).stream().anyMatch(user::holds);
    }

    /** The alerts the person may see. */
    public List<AlertEntry> visibleAlerts(CurrentUser user, List<AlertEntry> alerts) {
        return alerts.stream().filter(alert -> sees(user, alert.sealedAs())).toList();
    }

    /** What is hidden from the person among the given sealed categories, counted per category. */
    List<SealedNotice> hidden(CurrentUser user, String where, List<@Nullable SealedCategory> categories) {
        Map<SealedCategory, Long> counts = new EnumMap<>(SealedCategory.class);
        for (SealedCategory category : categories) {
            if (category != null && !sees(user, category)) {
                counts.merge(category, 1L, Long::sum);
            }
        }
        List<SealedNotice> notices = new ArrayList<>();
        counts.forEach((category, count) -> notices.add(new SealedNotice(category, where, count)));
        return notices;
    }
}
