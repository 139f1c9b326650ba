package org.onedoor.contract.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.onedoor.testsupport.Actors.as;
import static org.onedoor.testsupport.Actors.person;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.client.ClientRegistry;
import org.onedoor.contract.runs.RecordedTreatment;
import org.onedoor.contract.store.ContractFixtures;
import org.onedoor.contract.store.ContractSummary;
import org.onedoor.contract.store.Contracts;
import org.onedoor.partnership.Directory;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.onedoor.treatment.TreatmentImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The commissioner's contract and payment screens, over the worked-example contract document. */
@IntegrationTest
class ContractScreensIntegrationTest {

    private static final Pattern LOCATION =
            Pattern.compile("/contracts/([0-9a-f-]{36})(?:/statements/([0-9a-f-]{36}))?");

    private final CurrentUser commissioner = person(Role.COMMISSIONER, UUID.randomUUID());

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

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theListShowsContractsAndTheNavigationLinksToIt() throws Exception {
        String reference = ContractFixtures.uniqueReference();
        ContractSummary stored = currentUsers.actingAs(
                commissioner,
                () -> contracts.importDocument("c.yaml", ContractFixtures.example(reference, "DRAFT", "Y00001")));

        mvc.perform(get("/contracts").with(as(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(reference),
                                containsString("Draft"),
                                containsString("/contracts/" + stored.id()),
                                containsString("Import a contract document"),
                                containsString("href=\"/contracts\""))));
        mvc.perform(get("/").with(as(person(Role.RECOVERY_WORKER, UUID.randomUUID()))))
                .andExpect(content().string(not(containsString("href=\"/contracts\""))));
    }

    @Test
    void aBadDocumentIsRefusedNamingTheLineAndFieldAndNothingIsSaved() throws Exception {
        String reference = ContractFixtures.uniqueReference();
        String yaml =
                ContractFixtures.example(reference, "ACTIVE", "Y00002").replace("status: ACTIVE", "status: MAYBE");

        mvc.perform(multipart("/contracts/import").file(file(yaml)).with(csrf()).with(as(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("govuk-error-summary"),
                                containsString("bad.yaml line "),
                                containsString("status"),
                                containsString("href=\"#document\""))));
        mvc.perform(multipart("/contracts/import").with(csrf()).with(as(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the contract document (a YAML file) to import")));
        mvc.perform(multipart("/contracts/import")
                        .file(file("x".repeat(300 * 1024)))
                        .with(csrf())
                        .with(as(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("smaller than 256 KB")));
        assertThat(currentUsers.actingAs(commissioner, () -> contracts.list()))
                .extracting(ContractSummary::reference)
                .doesNotContain(reference);
    }

    @Test
    void aMonthIsRunApprovedOnceAndDownloaded() throws Exception {
        RecordedTreatment recorded = new RecordedTreatment(directory, registry, treatment, currentUsers);
        recorded.client("2016-04-05", "2016-05-20", "80");
        recorded.client("2016-04-05", null, null);
        recorded.client("2016-04-11", null, null);
        String reference = ContractFixtures.uniqueReference();
        MvcResult imported = mvc.perform(multipart("/contracts/import")
                        .file(file(ContractFixtures.example(reference, "DRAFT", recorded.practiceCode)))
                        .with(csrf())
                        .with(as(commissioner)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String contract = ids(imported)[0];
        String page = "/contracts/" + contract;
        mvc.perform(get(page).with(as(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(reference),
                                containsString("Activate"),
                                containsString("Imported from bad.yaml"),
                                containsString("Download contract document (YAML)"))));
        mvc.perform(get(page + "/document").with(as(commissioner)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".yaml")))
                .andExpect(content().string(containsString("reference: " + reference)));
        mvc.perform(post(page + "/activate").with(csrf()).with(as(commissioner)))
                .andExpect(status().is3xxRedirection());

        clock.setDate(LocalDate.of(2016, 5, 31));
        mvc.perform(post(page + "/runs").param("month", "2016-05").with(csrf()).with(as(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("govuk-error-summary"),
                                containsString(
                                        "2016-05 has not ended (today is 2016-05-31): run it from 2016-06-01"))));
        mvc.perform(post(page + "/runs").param("month", "May").with(csrf()).with(as(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the month as year and month, for example 2016-05")));

        clock.setDate(LocalDate.of(2016, 6, 3));
        MvcResult run = mvc.perform(post(page + "/runs")
                        .param("month", "5/2016")
                        .with(csrf())
                        .with(as(commissioner)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String statement = run.getResponse().getRedirectedUrl();
        assertThat(ids(run)[1]).isNotNull();
        mvc.perform(get(statement).with(as(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Payment statement for 2016-05"),
                                containsString("Payment by outcomes"),
                                containsString(statement + "/lines/2"),
                                containsString("Explain"),
                                containsString("Draft"),
                                containsString("/approve"),
                                containsString(statement + "/csv"),
                                containsString(statement + "/xlsx"),
                                containsString(statement + "/pdf"))));
        mvc.perform(get(statement).with(as(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("£9,710.42 (exactly £116,525.00 ÷ 12)"),
                                containsString("£33.33 (exactly £100,000.00 ÷ 3,000)"),
                                containsString("£180.00"),
                                not(containsString("9710.416667")))));

        mvc.perform(get(statement + "/lines/1").with(as(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Output payment: line 1 explained"),
                                containsString("Per client per month"),
                                containsString("3 × £33.333333 = £100.00"),
                                containsString(
                                        "3 clients counted, each by a pseudonymous key. The contract counts: An open"
                                                + " intervention on any day of the month, at GP practices "
                                                + recorded.practiceCode))));
        mvc.perform(get(statement + "/lines/2").with(as(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Payment by outcomes (Payment by outcomes)"),
                                containsString("1 × £180 = £180.00"),
                                containsString("Client key"),
                                containsString("Episode key"),
                                containsString("discharged 2016-05-20"))));
        mvc.perform(get(statement + "/lines/99").with(as(commissioner))).andExpect(status().isNotFound());

        mvc.perform(get(statement + "/approve").with(as(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Yes, approve the statement"),
                                containsString("Approve the statement for 2016-05"),
                                containsString("Total:"),
                                containsString("Back to the statement"),
                                containsString("href=\"" + statement + "\""),
                                containsString("No, go back"),
                                not(containsString("govuk-button--warning")))));
        mvc.perform(post(statement + "/approve").with(csrf()).with(as(commissioner)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(statement).with(as(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Approved"),
                                containsString(commissioner.username()),
                                not(containsString(statement + "/approve\"")))));
        mvc.perform(post(statement + "/approve").with(csrf()).with(as(commissioner)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("cannot be approved again")));

        mvc.perform(get(statement + "/csv").with(as(commissioner)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(header().string(
                                "Content-Disposition", containsString("statement-" + reference + "-2016-05.csv")))
                .andExpect(content().string(containsString("Payment by outcomes")));
        byte[] xlsx = mvc.perform(get(statement + "/xlsx").with(as(commissioner)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        byte[] pdf = mvc.perform(get(statement + "/pdf").with(as(commissioner)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        mvc.perform(get(page + "/what-if").with(as(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Legacy: retainer + per patient per month"),
                                containsString("Per client per month only"),
                                containsString("Per client per month + stretch + outcomes"),
                                containsString("2016/17"),
                                containsString("2016-04"),
                                containsString("2016-05"),
                                not(containsString("2016-06")),
                                containsString("<figure class=\"onedoor-chart\" id=\"by-month-chart\""),
                                containsString("<figure class=\"onedoor-chart\" id=\"by-year-chart\""),
                                containsString("role=\"img\""),
                                containsString("aria-labelledby=\"by-year-chart-title\""),
                                containsString("Bar chart of each payment model&#39;s total by financial year"),
                                containsString("id=\"by-practice-chart\""),
                                containsString("id=\"by-practice\""),
                                containsString(
                                        "<th scope=\"row\" class=\"govuk-table__header\">" + recorded.practiceCode))));
        mvc.perform(get(page).with(as(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"budget-link\" href=\"" + page + "/budget\"")));
        mvc.perform(get(page + "/what-if").param("rate", "thirty").with(as(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("govuk-error-summary"),
                                containsString("Enter the payment a patient a month in pounds and pence"))));

        CurrentUser worker = person(Role.RECOVERY_WORKER, UUID.randomUUID());
        mvc.perform(get(page + "/what-if").with(as(worker))).andExpect(status().isForbidden());
        mvc.perform(get("/contracts").with(as(worker))).andExpect(status().isForbidden());
        mvc.perform(get(statement).with(as(worker))).andExpect(status().isForbidden());
        mvc.perform(get(statement + "/csv").with(as(worker))).andExpect(status().isForbidden());
        mvc.perform(post(page + "/runs").param("month", "2016-06").with(csrf()).with(as(worker)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anActiveContractIsEndedAfterConfirmation() throws Exception {
        ContractSummary stored = currentUsers.actingAs(
                commissioner,
                () -> contracts.importDocument(
                        "c.yaml", ContractFixtures.example(ContractFixtures.uniqueReference(), "ACTIVE", "Y00003")));
        String page = "/contracts/" + stored.id();
        mvc.perform(get(page + "/end").with(as(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Yes, end the contract"),
                                containsString("An ended contract cannot be made active again"),
                                containsString("govuk-button--warning"),
                                containsString("Back to the contract"),
                                containsString("action=\"" + page + "/end\""))));
        mvc.perform(get(page + "/what-if").with(as(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Run a month first")));
        mvc.perform(post(page + "/end").with(csrf()).with(as(commissioner))).andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(as(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ended"), not(containsString("End the contract")))));
    }

    private static MockMultipartFile file(String yaml) {
        return new MockMultipartFile("document", "bad.yaml", "application/yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static String[] ids(MvcResult result) {
        Matcher matcher = LOCATION.matcher(String.valueOf(result.getResponse().getRedirectedUrl()));
        assertThat(matcher.matches())
                .as("redirected to %s", result.getResponse().getRedirectedUrl())
                .isTrue();
        return new String[] {matcher.group(1), matcher.group(2)};
    }
}
