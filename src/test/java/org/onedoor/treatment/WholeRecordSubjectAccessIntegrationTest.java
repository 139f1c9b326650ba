package org.onedoor.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onedoor.client.spi.SubjectAccessItem;
import org.onedoor.client.subjectaccess.SubjectAccessExport;
import org.onedoor.client.subjectaccess.SubjectAccessFormat;
import org.onedoor.client.subjectaccess.SubjectAccessPackage;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Issue 13 item 13: a subject-access export covers the whole record, every module contributing its part: prescribing,
 * appointments, care plans, group work, harm reduction, family support (without the other person's details) and the
 * referral with its risks.
 */
@IntegrationTest
@Import({TreatmentFixtures.class, WholeRecordFixtures.class, MergeSaboteur.class})
class WholeRecordSubjectAccessIntegrationTest {

    @Autowired
    TreatmentFixtures fixtures;

    @Autowired
    WholeRecordFixtures whole;

    @Autowired
    SubjectAccessExport export;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    MutableClock clock;

    @Test
    void theExportHoldsEveryModulesPartOfTheRecord() {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        CurrentUser worker = TreatmentFixtures.worker(provider);
        UUID client = fixtures.client(worker);
        whole.everythingFor(client, worker, LocalDate.now(clock).minusDays(90));
        CurrentUser ig = Actors.person(Role.IG_LEAD, provider);

        SubjectAccessPackage found =
                currentUsers.actingAs(ig, () -> export.export(client, "SAR-2026-099", SubjectAccessFormat.JSON));

        Map<String, String> text = found.sections().stream()
                .collect(Collectors.toMap(
                        SubjectAccessPackage.Section::title,
                        section -> section.items().stream()
                                .map(WholeRecordSubjectAccessIntegrationTest::text)
                                .collect(Collectors.joining("\n"))));
        assertThat(text.get("Prescribing"))
                .contains(
                        "Methadone oral solution",
                        "High Street Pharmacy",
                        "30 mg",
                        "reviewed by Dr Prescriber: Stable");
        assertThat(text.get("Appointments and contacts")).contains("Talked about cutting down", "Attended");
        assertThat(text.get("Care plans")).contains("Drink on no more than three days a week", "Going well");
        assertThat(text.get("Group work")).contains("Recovery group", "Attended", "Group Facilitator");
        assertThat(text.get("Harm reduction"))
                .contains("Naloxone supplied", "Nasal spray", "HEP_C", "NEGATIVE", "Items given out=10");
        assertThat(text.get("Family and carer support"))
                .contains("Mother", "Sessions=1")
                .doesNotContain("Pat", "01632 960111", "Worried about the drinking");
        assertThat(text.get("Referrals")).contains("Accepted");
        assertThat(text.get("Treatment episodes")).contains("Episode at");
    }

    private static String text(SubjectAccessItem item) {
        return item.heading() + " " + item.fields();
    }
}
