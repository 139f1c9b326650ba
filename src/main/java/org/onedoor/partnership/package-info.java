/**
 * The partnership directory and the practice service menu: commissioners, providers, GP practices (by ODS code),
 * community venues and staff, and which interventions each practice hosts per substance group, when and with how
 * much capacity. Offers {@link org.onedoor.partnership.Directory} and {@link org.onedoor.partnership.PracticeMenu}
 * (which referral routing asks) and the views other modules read instead of its tables: {@code report_organisation},
 * {@code report_practice_menu}, {@code report_menu_intervention} and {@code report_substance_group}. Every change is
 * kept as history.
 */
@ApplicationModule(
        displayName = "Partnership",
        allowedDependencies = {"security"})
@NullMarked
package org.onedoor.partnership;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
