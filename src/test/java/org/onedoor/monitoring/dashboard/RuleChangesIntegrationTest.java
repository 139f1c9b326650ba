package org.onedoor.monitoring.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.testsupport.Actors.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.client.ClientRegistry;
import org.onedoor.contract.store.ContractFixtures;
import org.onedoor.contract.store.Contracts;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.treatment.TreatmentImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The perverse-incentive monitors (issue 18 item 3): a change of a contract's payment rules is shown with treatment
 * starts, completions and unplanned exits for 6 months before and after it; only contract readers see it.
 */
@IntegrationTest
class RuleChangesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Contracts contracts;

    @Autowired
    Directory directory;

    @Autowired
    ClientRegistry registry;

    @Autowired
    TreatmentImport treatment;

    @Autowired
    CurrentUsers currentUsers;

    @Test
    void aChangeOfPaymentRulesIsShownWithTreatmentBeforeAndAfterIt() throws Exception {
        TreatedPeople people = new TreatedPeople(directory, registry, treatment, currentUsers);
        CurrentUser commissioner =
                Actors.person(Role.COMMISSIONER, people.organisation(OrganisationType.COUNCIL_COMMISSIONER, "Council"));
        String reference = ContractFixtures.uniqueReference();
        String yaml = ContractFixtures.example(reference, "ACTIVE", "Y99999");
        UUID contract = currentUsers
                .actingAs(commissioner, () -> contracts.importDocument("nel.yaml", yaml))
                .id();
        currentUsers.actingAs(
                commissioner,
                () -> contracts.changeRules(
                        contract,
                        "nel.yaml",
                        ContractFixtures.replace(yaml, "coreAnnualValue: 100000.00", "coreAnnualValue: 90000.00"),
                        YearMonth.of(2020, 10),
                        "Core value lowered after the review"));

        String page = mvc.perform(get("/monitoring/rule-changes").with(as(commissioner)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains(reference)
                .contains("Version 2 from October 2020: Core value lowered after the review")
                .contains("6 months before and after")
                .contains("New presentations", "Unplanned exits");
        CurrentUser practiceUser =
                Actors.person(Role.PRACTICE_USER, people.organisation(OrganisationType.GP_PRACTICE, "Rule Surgery"));
        mvc.perform(get("/monitoring/rule-changes").with(as(practiceUser))).andExpect(status().isForbidden());
    }
}
