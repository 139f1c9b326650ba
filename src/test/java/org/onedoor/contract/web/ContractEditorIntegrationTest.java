package org.onedoor.contract.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;
import static org.onedoor.testsupport.Actors.as;
import static org.onedoor.testsupport.Actors.person;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.contract.document.ContractDocument;
import org.onedoor.contract.document.ContractHeader;
import org.onedoor.contract.rules.BlockPayment;
import org.onedoor.contract.rules.OutcomeMeasurePayment;
import org.onedoor.contract.rules.PaymentByOutcomes;
import org.onedoor.contract.rules.PerClientPerMonth;
import org.onedoor.contract.store.ContractEditing;
import org.onedoor.contract.store.ContractFixtures;
import org.onedoor.contract.store.ContractSummary;
import org.onedoor.contract.store.ContractVersion;
import org.onedoor.contract.store.Contracts;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The commissioner's contract editor: create a contract on screen, and edit a contract's rules as a new version. */
@IntegrationTest
class ContractEditorIntegrationTest {

    private final CurrentUser commissioner = person(Role.COMMISSIONER, UUID.randomUUID());
    private CurrentUser actor = commissioner;
    private String startDay = "1";
    private String leadProvider = "Lead provider of the GP practice partnership";

    @Autowired
    MockMvc mvc;

    @Autowired
    Contracts contracts;

    @Autowired
    ContractEditing editing;

    @Autowired
    CurrentUsers currentUsers;

    @Test
    void aContractLikeTheWorkedExampleIsCreatedAsADraft() throws Exception {
        mvc.perform(get("/contracts").with(as(commissioner)))
                .andExpect(content().string(containsString("href=\"/contracts/new\"")));
        mvc.perform(get("/contracts/new").with(as(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Create a contract"),
                                containsString("Term starts"),
                                containsString("id=\"rules-0-coreAnnualValue\""),
                                containsString("value=\"100,000.00\""),
                                containsString("Add another funding line"),
                                containsString("Create the contract"))));
        String reference = ContractFixtures.uniqueReference();

        MvcResult created = mvc.perform(create(
                        reference,
                        RuleForms.startFrom("WORKED_METHODOLOGY"),
                        "Council public health grant",
                        "2026/27",
                        "£125,000.00",
                        "CCG contribution",
                        "2026-27",
                        "116525"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "Contract " + reference + " created as a draft (version 1)"))
                .andExpect(flash().attribute("ruleWarnings", empty()))
                .andReturn();

        UUID id = UUID.fromString(created.getResponse().getRedirectedUrl().substring("/contracts/".length()));
        ContractSummary contract = actingAs(() -> contracts.find(id));
        assertThat(contract.status()).isEqualTo(ContractHeader.Status.DRAFT);
        assertThat(contract.currentVersion()).isEqualTo(1);
        ContractDocument document = actingAs(() -> editing.current(id));
        assertThat(document.header().term().longestEnd()).hasToString("2031-03-31");
        assertThat(document.header().commissioners()).hasSize(2);
        assertThat(document.rules().funding())
                .extracting(f -> f.amount().toPlainString())
                .containsExactly("125000.00", "116525.00");
        assertThat(document.rules().rules())
                .extracting(rule -> rule.period().from())
                .containsOnly(YearMonth.of(2026, 4));
        PerClientPerMonth output = (PerClientPerMonth) document.rules().rules().get(0);
        assertThat(output.coreAnnualValue()).isEqualByComparingTo("100000");
        assertThat(output.cap().clientMonthsPerYear()).isEqualTo(3300);
        assertThat(((PaymentByOutcomes) document.rules().rules().get(1)).qualifyingDischargeCodes())
                .containsExactlyInAnyOrder("80", "81");
        assertThat(((BlockPayment) document.rules().rules().get(2)).annualAmount())
                .isEqualByComparingTo("116525");
        mvc.perform(get("/contracts/" + id).with(as(commissioner)))
                .andExpect(content()
                        .string(allOf(containsString("Created in OneDoor"), containsString("Edit the rules"))));
    }

    @Test
    void aWithholdNamesMeasuredIndicatorsAndAnUnknownOneIsShownAsAnError() throws Exception {
        String reference = ContractFixtures.uniqueReference();
        List<RuleForm> rules = new java.util.ArrayList<>(RuleForms.startFrom("WORKED_METHODOLOGY"));
        RuleForm withhold = RuleForms.blank(RuleForm.QUALITY_WITHHOLD);
        withhold.appliesTo = "Output payment";
        withhold.kpis = "C19x; 5; AT_LEAST; 60\nC19c; 30; AT_LEAST";
        rules.add(withhold);

        mvc.perform(create(reference, rules, "Grant", "2026/27", "1"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("govuk-error-summary"),
                                containsString(
                                        "Write each indicator as id; threshold; AT_LEAST or AT_MOST; share %"))));

        withhold.kpis = "C19x; 5; AT_LEAST; 60\nC19c; 130; AT_LEAST; 40";
        mvc.perform(create(reference, rules, "Grant", "2026/27", "1"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Unknown indicator C19x: name one of C19a, C19b, C19c"),
                                containsString("The threshold of C19c is a percentage from 0 to 100, not 130"))));

        withhold.kpis = "C19c; 30; AT_LEAST; 60\nWAIT_START_OVER_3_WEEKS; 10; AT_MOST; 40";
        MvcResult created = mvc.perform(create(reference, rules, "Grant", "2026/27", "1"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        UUID id = UUID.fromString(created.getResponse().getRedirectedUrl().substring("/contracts/".length()));
        org.onedoor.contract.rules.QualityWithhold saved = (org.onedoor.contract.rules.QualityWithhold)
                actingAs(() -> editing.current(id)).rules().rules().get(3);
        assertThat(saved.indicators())
                .extracting(org.onedoor.contract.rules.QualityWithhold.IndicatorRelease::indicator)
                .containsExactly("C19c", "WAIT_START_OVER_3_WEEKS");
        assertThat(formsOf(id).get(3).kpis)
                .isEqualTo("C19c; 30; AT_LEAST; 60\nWAIT_START_OVER_3_WEEKS; 10; AT_MOST; 40");
    }

    @Test
    void rowsAreAddedAndRemovedAndTheRulesReplacedWithoutSaving() throws Exception {
        String reference = ContractFixtures.uniqueReference();
        List<RuleForm> worked = RuleForms.startFrom("WORKED_METHODOLOGY");

        mvc.perform(create(reference, worked, "Grant", "2026/27", "1").param("action", "add-funding"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Funding line 2"),
                                containsString("id=\"funding-1-source\""),
                                containsString("Source<span class=\"govuk-visually-hidden\"> of funding line 2</span>"),
                                not(containsString("govuk-error-summary")))));
        mvc.perform(create(reference, worked, "Grant", "2026/27", "1").param("action", "remove-rule-0"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(not(containsString("Rule 3:")), containsString("Rule 1: Payment by outcomes"))));
        mvc.perform(create(reference, worked).param("startFrom", "LEGACY_MODEL").param("action", "start-from"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Rule 1: Retainer (legacy model)"), not(containsString("Rule 2:")))));
        mvc.perform(create(reference, worked)
                        .param("newRuleKind", "QUALITY_WITHHOLD")
                        .param("action", "add-rule"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rule 4: Quality withhold")));
        assertThat(actingAs(() -> contracts.list()))
                .extracting(ContractSummary::reference)
                .doesNotContain(reference);
    }

    @Test
    void everyProblemIsListedAtItsFieldAtOnceAndNothingIsStored() throws Exception {
        String reference = ContractFixtures.uniqueReference();
        List<RuleForm> rules = RuleForms.startFrom("WORKED_METHODOLOGY");
        rules.get(0).coreAnnualValue = "ten";
        rules.get(0).capClientMonths = "2,900";
        rules.get(1).dischargeCodes = "80, 99";
        rules.get(2).annualAmount = "-5";

        startDay = "31 ";
        leadProvider = " ";
        mvc.perform(create(reference, rules, "Grant", "2026/27", "lots"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("govuk-error-summary"),
                                containsString("href=\"#leadProvider\">Enter the lead provider"),
                                containsString("href=\"#termStart\">The date the term starts must be a real date"),
                                containsString(
                                        "href=\"#funding-0-amount\">The amount of funding line 1 must be an amount in"
                                                + " pounds, like 100,000.00, not &quot;lots&quot;"),
                                containsString(
                                        "href=\"#rules-0-coreAnnualValue\">Output payment: The core annual value must"
                                                + " be an amount in pounds"),
                                containsString("href=\"#rules-1-dischargeCodes\">Payment by outcomes: Unknown discharge"
                                        + " code 99"),
                                containsString(
                                        "href=\"#rules-2-annualAmount\">CCG staffing and admin: The annual amount cannot"
                                                + " be negative (-5.00)"),
                                containsString("id=\"rules-0-coreAnnualValue-error\""),
                                containsString("value=\"ten\""),
                                containsString("value=\"lots\""))));
        rules.get(0).coreAnnualValue = "100,000";
        startDay = "1";
        leadProvider = "Lead provider";
        mvc.perform(create(reference, rules, "Grant", "2026/27", "241,525"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "href=\"#rules-0-capClientMonths\">Output payment: The cap of 2,900 client-months a year is"
                                        + " below the core of 3,000")));
        assertThat(actingAs(() -> contracts.list()))
                .extracting(ContractSummary::reference)
                .doesNotContain(reference);
    }

    @Test
    void anOutcomeMeasurePaymentIsAddedWithItsProblemsAtTheirFieldsAndSavedAsANewVersion() throws Exception {
        ContractSummary draft = imported("DRAFT");
        List<RuleForm> rules = new java.util.ArrayList<>(formsOf(draft.id()));
        mvc.perform(revise(draft.id(), rules)
                        .param("newRuleKind", "OUTCOME_MEASURE")
                        .param("action", "add-rule"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Rule 4: Outcome-measure payment"),
                                containsString("id=\"rules-3-measure\""),
                                containsString("Reliable improvement on PHQ-9 at the 6-month review"),
                                containsString("Hepatitis C test for a client who injects"),
                                containsString("value=\"50.00\""))));
        RuleForm measure = RuleForms.blank(RuleForm.OUTCOME_MEASURE);
        measure.name = "Hepatitis C tests";
        measure.measure = "FEELING_BETTER";
        measure.amountPerClient = "-20";
        measure.annualCap = "lots";
        rules.add(measure);

        mvc.perform(revise(draft.id(), rules).param("reason", "Hepatitis C testing"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("href=\"#rules-3-measure\">Hepatitis C tests: Choose the outcome"
                                        + " measure paid for"),
                                containsString("href=\"#rules-3-annualCap\">Hepatitis C tests: The annual cap must be"
                                        + " an amount in pounds"),
                                containsString("id=\"rules-3-measure-error\""),
                                containsString("value=\"lots\""))));
        measure.measure = "HEPATITIS_C_TEST";
        measure.annualCap = "";
        mvc.perform(revise(draft.id(), rules).param("reason", "Hepatitis C testing"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("href=\"#rules-3-amountPerClient\">Hepatitis C tests: The amount per"
                                + " client cannot be negative (-20.00)")));
        measure.amountPerClient = "£20.00";
        mvc.perform(revise(draft.id(), rules).param("reason", "Hepatitis C testing"))
                .andExpect(status().is3xxRedirection());

        OutcomeMeasurePayment saved = (OutcomeMeasurePayment)
                actingAs(() -> editing.current(draft.id())).rules().rules().get(3);
        assertThat(saved.measure()).isEqualTo(OutcomeMeasurePayment.Measure.HEPATITIS_C_TEST);
        assertThat(saved.amount()).isEqualByComparingTo("20");
        assertThat(saved.annualCap()).isNull();
        assertThat(RuleForms.of(saved, 6).measure).isEqualTo("HEPATITIS_C_TEST");
    }

    @Test
    void fundingThatDoesNotCoverTheRulesIsAWarningAndTheContractIsSaved() throws Exception {
        String reference = ContractFixtures.uniqueReference();
        MvcResult created = mvc.perform(create(
                        reference, RuleForms.startFrom("WORKED_METHODOLOGY"), "Council grant", "2026/27", "200,000.00"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "ruleWarnings",
                                contains("Funding for 2026/27 is £200,000.00 but the"
                                        + " rules can pay up to £241,525.00: £41,525.00 is not covered")))
                .andReturn();
        String page = created.getResponse().getRedirectedUrl();
        mvc.perform(get(page).with(as(commissioner)).flashAttrs(created.getFlashMap()))
                .andExpect(content()
                        .string(allOf(
                                containsString("govuk-warning-text"), containsString("£41,525.00 is not covered"))));
        mvc.perform(get(page + "/rules").with(as(commissioner)))
                .andExpect(content()
                        .string(allOf(
                                containsString("Edit the rules"),
                                containsString("£41,525.00 is not covered"),
                                containsString("Save the rules"),
                                not(containsString("In force from")))));
    }

    @Test
    void aDraftsRulesAreRevisedAsANewVersion() throws Exception {
        ContractSummary draft = imported("DRAFT");
        List<RuleForm> rules = formsOf(draft.id());
        rules.get(0).coreAnnualValue = "£110,000.00";

        mvc.perform(revise(draft.id(), rules).param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#reason\">Enter the reason for the change")));
        mvc.perform(revise(draft.id(), rules).param("reason", "Core value agreed at £110,000"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "Rules saved as version 2, in force from 2016-04"));

        List<ContractVersion> versions = actingAs(() -> contracts.versions(draft.id()));
        assertThat(versions).hasSize(2);
        assertThat(versions.get(1).reason()).isEqualTo("Core value agreed at £110,000");
        assertThat(((PerClientPerMonth)
                                versions.get(1).document().rules().rules().get(0))
                        .coreAnnualValue())
                .isEqualByComparingTo(new BigDecimal("110000"));
        assertThat(versions.get(1).document().evidence())
                .isEqualTo(versions.get(0).document().evidence());
    }

    @Test
    void anActiveContractsRulesChangeFromAMonth() throws Exception {
        ContractSummary active = imported("ACTIVE");
        List<RuleForm> rules = formsOf(active.id());
        rules.get(2).annualAmount = "120,000.00";
        mvc.perform(get("/contracts/" + active.id() + "/rules").with(as(commissioner)))
                .andExpect(content()
                        .string(allOf(containsString("In force from"), containsString("value=\"116,525.00\""))));

        mvc.perform(revise(active.id(), rules).param("reason", "Variation 1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#inForceFrom\">Enter the month the new rules")));
        mvc.perform(revise(active.id(), rules).param("reason", "Variation 1").param("inForceFrom", "2015-04"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#inForceFrom\">The change cannot take effect")));
        mvc.perform(revise(active.id(), rules).param("reason", "Variation 1").param("inForceFrom", "1/2017"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "Rules saved as version 2, in force from 2017-01"));

        assertThat(actingAs(() -> contracts.versionFor(active.id(), YearMonth.of(2016, 12)))
                        .number())
                .isEqualTo(1);
        ContractVersion changed = actingAs(() -> contracts.versionFor(active.id(), YearMonth.of(2017, 1)));
        assertThat(((BlockPayment) changed.document().rules().rules().get(2)).annualAmount())
                .isEqualByComparingTo("120000");
    }

    @Test
    void anEndedContractsRulesAreNotEditable() throws Exception {
        ContractSummary ended = imported("ACTIVE");
        actingAs(() -> contracts.end(ended.id()));

        mvc.perform(get("/contracts/" + ended.id() + "/rules").with(as(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("This contract has ended"), not(containsString("Save the rules")))));
        mvc.perform(revise(ended.id(), formsOf(ended.id()))
                        .param("reason", "Too late")
                        .param("inForceFrom", "2017-01"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("has ended")));
        assertThat(actingAs(() -> contracts.versions(ended.id()))).hasSize(1);
        mvc.perform(get("/contracts/" + ended.id()).with(as(commissioner)))
                .andExpect(content().string(not(containsString("Edit the rules"))));
    }

    @Test
    void onlyAPersonWhoManagesContractsMayEditThem() throws Exception {
        ContractSummary draft = imported("DRAFT");
        CurrentUser officer = person(Role.DATA_OFFICER, UUID.randomUUID());

        mvc.perform(get("/contracts").with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/contracts/new\""))));
        mvc.perform(get("/contracts/" + draft.id()).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Edit the rules"))));
        mvc.perform(get("/contracts/new").with(as(officer))).andExpect(status().isForbidden());
        actor = officer;
        mvc.perform(create(ContractFixtures.uniqueReference(), RuleForms.startFrom("NO_RULES")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/contracts/" + draft.id() + "/rules").with(as(officer)))
                .andExpect(status().isForbidden());
        mvc.perform(revise(draft.id(), formsOf(draft.id())).param("reason", "Not mine"))
                .andExpect(status().isForbidden());
        assertThat(actingAs(() -> contracts.versions(draft.id()))).hasSize(1);
    }

    private MockHttpServletRequestBuilder create(String reference, List<RuleForm> rules, String... funding) {
        MockHttpServletRequestBuilder request =
                post("/contracts/new").with(csrf()).with(as(actor));
        EditorParams.header(request, reference, startDay).param("leadProvider", leadProvider);
        return EditorParams.funding(EditorParams.rules(request, rules), funding);
    }

    private MockHttpServletRequestBuilder revise(UUID id, List<RuleForm> rules) {
        MockHttpServletRequestBuilder request =
                post("/contracts/" + id + "/rules").with(csrf()).with(as(actor));
        return EditorParams.funding(
                EditorParams.rules(request, rules),
                "Council public health grant",
                "2016/17",
                "125,000.00",
                "CCG contribution",
                "2016/17",
                "116,525.00");
    }

    private List<RuleForm> formsOf(UUID id) {
        ContractDocument document = actingAs(() -> editing.current(id));
        return document.rules().rules().stream()
                .map(rule -> RuleForms.of(rule, 6))
                .toList();
    }

    private ContractSummary imported(String status) {
        return actingAs(() -> contracts.importDocument(
                "c.yaml", ContractFixtures.example(ContractFixtures.uniqueReference(), status, "Y00009")));
    }

    private <T> T actingAs(java.util.function.Supplier<T> action) {
        return currentUsers.actingAs(commissioner, action);
    }
}
