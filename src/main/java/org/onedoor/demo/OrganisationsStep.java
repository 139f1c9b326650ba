package org.onedoor.demo;

import static org.onedoor.partnership.OrganisationType.*;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationDetails;
import org.onedoor.partnership.OrganisationType;
import org.springframework.stereotype.Component;

/** Commissioners, the lead provider, three partner providers, the GP practices and six community venues. */
@Component
class OrganisationsStep implements DemoStep {

    private static final List<String[]> VENUES = List.of(
            new String[] {
                "Northvale Recovery Hub",
                "Open Monday to Friday 9am to 5pm, late opening Thursday to 8pm",
                "Step-free entrance, accessible toilet, hearing loop"
            },
            new String[] {
                "Eastbridge Community Centre",
                "Group rooms bookable 9am to 9pm, Saturdays 10am to 2pm",
                "Step-free access by the side entrance; accessible toilet"
            },
            new String[] {
                "Millford Library Meeting Room",
                "Tuesday and Thursday afternoons",
                "Lift to first floor; no accessible parking"
            },
            new String[] {
                "Holmecliffe Family Centre",
                "Weekdays 9am to 3pm during school terms",
                "Ground floor, baby-change facilities, accessible toilet"
            },
            new String[] {"St Anne's Church Hall", "Evenings from 6pm", "Ramp at the front; toilets up three steps"},
            new String[] {
                "Ravensby Wellbeing Cafe",
                "Drop-in Monday, Wednesday and Friday 10am to 4pm",
                "Step-free, quiet room available"
            });

    private final Directory directory;

    OrganisationsStep(Directory directory) {
        this.directory = directory;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String name() {
        return "Organisations";
    }

    @Override
    public void run(DemoContext context, Progress progress) {
        LocalDate from = context.contractStart();
        register(context, COUNCIL_COMMISSIONER, "Northvale Council Public Health", null, from);
        register(context, ICB_COMMISSIONER, "Northvale and District Integrated Care Board", null, from);
        // providers carry the code the NDTMS extract sends as their agency code (AGNCY)
        register(context, LEAD_PROVIDER, "Northvale Recovery Partnership", "N9001", from);
        register(context, PARTNER_PROVIDER, "Safer Streets Harm Reduction", "N9002", from);
        register(context, PARTNER_PROVIDER, "Families Together Support", "N9003", from);
        register(context, PARTNER_PROVIDER, "Northvale Recovery Community", "N9004", from);
        progress.advance(6);
        for (int i = 0; i < context.settings.practices(); i++) {
            String ods = String.format("Y%05d", 90001 + i);
            String town = DemoNames.pick(context.random, DemoNames.TOWNS);
            UUID id = directory.registerOrganisation(new OrganisationDetails(
                    GP_PRACTICE,
                    DemoNames.practiceName(i, context.random),
                    ods,
                    3000 + context.random.nextInt(12000),
                    DemoNames.street(context.random),
                    null,
                    town,
                    DemoNames.postcode(context.random),
                    DemoNames.telephone(context.random),
                    null,
                    null,
                    from,
                    null));
            context.add(GP_PRACTICE, id, directory.organisation(id).name(), ods);
            progress.step();
        }
        for (String[] venue : VENUES) {
            UUID id = directory.registerOrganisation(new OrganisationDetails(
                    VENUE,
                    venue[0],
                    null,
                    null,
                    DemoNames.street(context.random),
                    null,
                    DemoNames.pick(context.random, DemoNames.TOWNS),
                    DemoNames.postcode(context.random),
                    DemoNames.telephone(context.random),
                    venue[1],
                    venue[2],
                    from,
                    null));
            context.add(VENUE, id, venue[0], null);
            progress.step();
        }
    }

    @Override
    public long size(DemoSettings settings) {
        return 6 + settings.practices() + VENUES.size();
    }

    private void register(
            DemoContext context, OrganisationType type, String name, @Nullable String ods, LocalDate from) {
        UUID id = directory.registerOrganisation(new OrganisationDetails(
                type,
                name,
                ods,
                null,
                DemoNames.street(context.random),
                null,
                "Northvale",
                DemoNames.postcode(context.random),
                DemoNames.telephone(context.random),
                null,
                null,
                from,
                null));
        context.add(type, id, name, null);
    }
}
