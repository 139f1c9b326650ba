package org.onedoor.demo;

import static org.onedoor.partnership.OrganisationType.GP_PRACTICE;

import java.time.LocalDate;
import org.onedoor.partnership.OfferTerms;
import org.onedoor.partnership.PracticeMenu;
import org.onedoor.shared.OdsCode;
import org.springframework.stereotype.Component;

/**
 * Varied practice menus, as uptake really is uneven: nearly every practice gives alcohol brief advice, most extended
 * brief interventions, some structured psychosocial treatment, a few opiate shared care, and some host groups.
 * The first practice (the demo practice user's) offers a broad menu with small capacities.
 */
@Component
class MenusStep implements DemoStep {

    private final PracticeMenu menu;

    MenusStep(PracticeMenu menu) {
        this.menu = menu;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String name() {
        return "Practice menus";
    }

    @Override
    public long size(DemoSettings settings) {
        return settings.practices();
    }

    @Override
    public void run(DemoContext context, Progress progress) {
        LocalDate from = context.contractStart();
        var practices = context.all(GP_PRACTICE);
        for (int i = 0; i < practices.size(); i++) {
            String ods = practices.get(i).odsCode();
            boolean broad = i == 0;
            offer(ods, "BRIEF_ADVICE", "ALCOHOL", from, null);
            if (broad || chance(context, 75)) {
                offer(ods, "EXTENDED_BRIEF_INTERVENTION", "ALCOHOL", from, capacity(context, 4, 10));
            }
            if (broad || chance(context, 40)) {
                offer(ods, "BRIEF_ADVICE", "CANNABIS", from.plusMonths(context.random.nextInt(12)), null);
            }
            if (broad || chance(context, 30)) {
                offer(ods, "STRUCTURED_PSYCHOSOCIAL", "ALCOHOL", from, capacity(context, 2, 6));
            }
            if (broad || chance(context, 20)) {
                offer(
                        ods,
                        "SHARED_CARE_PRESCRIBING",
                        "OPIATES",
                        from,
                        broad ? Integer.valueOf(5) : capacity(context, 2, 8));
            }
            if (chance(context, 15)) {
                offer(ods, "BRIEF_ADVICE", "MEDICINES", from, null);
            }
            if (broad || chance(context, 25)) {
                offer(ods, "GROUP_WORK_HOSTING", "ALCOHOL", from, null);
            }
            if (chance(context, 10)) {
                LocalDate ended = context.today.minusMonths(2).withDayOfMonth(1).minusDays(1);
                offer(ods, "EXTENDED_BRIEF_INTERVENTION", "CRACK_COCAINE", from, null, ended);
            }
            progress.step();
        }
    }

    private void offer(String ods, String intervention, String group, LocalDate from, Integer capacity) {
        offer(ods, intervention, group, from, capacity, null);
    }

    private void offer(String ods, String intervention, String group, LocalDate from, Integer capacity, LocalDate to) {
        menu.addOffer(new OdsCode(ods), new OfferTerms(intervention, group, from, to, capacity));
    }

    private static boolean chance(DemoContext context, int percent) {
        return context.random.nextInt(100) < percent;
    }

    private static Integer capacity(DemoContext context, int min, int max) {
        return context.random.nextInt(5) == 0 ? null : min + context.random.nextInt(max - min + 1);
    }
}
