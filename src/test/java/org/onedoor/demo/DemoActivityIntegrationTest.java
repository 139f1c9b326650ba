package org.onedoor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.client.ClientRecords;
import org.onedoor.contract.document.ContractHeader;
import org.onedoor.contract.runs.PaymentRuns;
import org.onedoor.contract.runs.Statement;
import org.onedoor.contract.runs.StatementStatus;
import org.onedoor.contract.store.ContractSummary;
import org.onedoor.contract.store.Contracts;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.ResultPage;
import org.onedoor.treatment.appointments.Caseload;
import org.onedoor.treatment.appointments.CaseloadEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A small demo partnership generated on start into a database of its own (so the shared test database stays
 * clean): the activity inside the episodes is there, the demo recovery worker's caseload shows what is due, and the
 * demo commissioner's contract has its payment runs.
 */
@SpringBootTest(
        properties = {
            "onedoor.demo.enabled=true",
            "onedoor.demo.clients=150",
            "spring.datasource.url=jdbc:h2:mem:onedoor-demo-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
        })
@ActiveProfiles("test")
@DirtiesContext
class DemoActivityIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Caseload caseload;

    @Autowired
    ClientRecords clients;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    Clock clock;

    @Autowired
    Contracts contracts;

    @Autowired
    PaymentRuns runs;

    @Test
    void generatesTheActivityInsideTheEpisodes() {
        assertThat(count("treatment_care_plan_goal")).isPositive();
        assertThat(count("select count(distinct domain) from treatment_care_plan_goal"))
                .isGreaterThan(3);
        assertThat(count("treatment_goal_review")).isPositive();
        assertThat(count("select count(*) from treatment_appointment where status = 'DID_NOT_ATTEND'"
                        + " and dna_reason is not null"))
                .isPositive();
        assertThat(count("select count(*) from treatment_appointment where status = 'CANCELLED'"
                        + " and cancelled_by is not null"))
                .isPositive();
        assertThat(count("select count(*) from treatment_appointment where status = 'ATTENDED'"))
                .isPositive();
        assertThat(count("treatment_outcome_review"))
                .as("the three-monthly rule is gone")
                .isZero();
        assertThat(count("select count(distinct instrument) from assessment_outcome_record where stage = 'REVIEW'"))
                .as("TOP or AOR, PHQ-9, GAD-7 and holistic reviews")
                .isGreaterThanOrEqualTo(4);
        assertThat(count("select count(distinct s.client_id) from assessment_outcome_record s"
                        + " join assessment_outcome_record r on r.episode_id = s.episode_id and r.instrument = s.instrument"
                        + " where s.stage = 'START' and r.stage = 'REVIEW' and s.instrument in ('top', 'aor')"))
                .as("clients with a trajectory")
                .isPositive();
        assertThat(count("select count(*) from assessment_outcome_score where score = 'total' and band = 'severe'"))
                .isPositive();
        assertThat(count("select count(*) from client_timeline where kind = 'ASSESSMENT'"))
                .isPositive();
        assertThat(count("select count(*) from treatment_group_session s join organisation o on o.id = s.venue_id"))
                .isPositive();
        assertThat(count("treatment_group_enrolment")).isPositive();
        assertThat(count("treatment_group_attendance")).isPositive();
        assertThat(count("select count(*) from treatment_nsp_visit where client_id is null and pseudonym is not null"))
                .isPositive();
        assertThat(count("select count(*) from treatment_nsp_visit where client_id is not null"))
                .isPositive();
        assertThat(count("treatment_nsp_item")).isPositive();
        assertThat(count("treatment_naloxone_supply")).isPositive();
        assertThat(count("select count(*) from treatment_bbv_entry where kind = 'VACCINATION'"))
                .isPositive();
        assertThat(count("select count(*) from treatment_bbv_entry where kind = 'TEST'"))
                .isPositive();
        assertThat(count("select count(*) from report_outcome where instrument = 'hepatitis-c-test'"))
                .as("hepatitis C tests told by harm reduction")
                .isEqualTo(count("select count(*) from treatment_bbv_entry where kind = 'TEST' and status = 'DONE'"
                        + " and virus = 'HEP_C'"))
                .isPositive();
        assertThat(count("select count(distinct medicine) from treatment_prescribing_course"))
                .isEqualTo(2);
        assertThat(count("select count(*) from treatment_prescribing_change where kind = 'DOSE'"))
                .isPositive();
        assertThat(count("treatment_prescribing_review")).isPositive();
        assertThat(count("select count(*) from treatment_prescribing_course where prescriber_kind = 'GP_PRACTICE'"))
                .isPositive();
        assertThat(count("select count(*) from treatment_concerned_other where client_id is not null"))
                .isPositive();
        assertThat(count("treatment_family_session")).isPositive();
        assertThat(count("select count(*) from audit_access_log where detail like 'Bulk import of %'"))
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void theDemoRecoveryWorkerHasACaseloadWithItemsDue() {
        CurrentUser recovery = signIn(DemoAccount.RECOVERY, Role.RECOVERY_WORKER);
        ResultPage<CaseloadEntry> page =
                currentUsers.actingAs(recovery, () -> caseload.mine(Caseload.Sort.URGENT, 0, 100));
        LocalDate today = LocalDate.now(clock);

        assertThat(page.totalItems()).isGreaterThanOrEqualTo(3);
        assertThat(page.items()).anyMatch(e -> e.nextAppointment() != null);
        assertThat(page.items()).anyMatch(e -> e.carePlanReviewDueSoon(today) || e.outcomeDue());
        assertThat(page.items()).anyMatch(e -> e.missedAppointments() > 0 || e.outcomesToRecord() > 0);
        assertThat(page.items())
                .as("PHQ-9 item 9 risks on the demo caseload, first")
                .filteredOn(e -> e.outcomeRiskOn() != null)
                .isNotEmpty();
        assertThat(page.items().get(0).outcomeRiskOn()).isNotNull();
        Map<UUID, String> names = currentUsers.actingAs(
                recovery,
                () -> clients.namesOf(
                        page.items().stream().map(CaseloadEntry::clientId).toList(), "Demo caseload"));
        assertThat(names).hasSize(page.items().size());
    }

    @Test
    void theDemoCommissionerHasAnActiveContractWithApprovedStatements() {
        CurrentUser commissioner = signIn("commissioner", Role.COMMISSIONER);
        ContractSummary contract = currentUsers.actingAs(commissioner, () -> contracts.list()).stream()
                .filter(c -> c.reference().startsWith(DemoContract.REFERENCE))
                .findFirst()
                .orElseThrow();
        List<Statement> statements = currentUsers.actingAs(
                commissioner,
                () -> runs.statements(contract.id()).stream()
                        .map(s -> runs.statement(s.id().value()))
                        .toList());
        YearMonth latest = YearMonth.now(clock).minusMonths(1);

        assertThat(contract.status()).isEqualTo(ContractHeader.Status.ACTIVE);
        assertThat(statements).extracting(Statement::month).endsWith(latest).hasSizeGreaterThan(12);
        assertThat(statements.get(statements.size() - 1).status()).isEqualTo(StatementStatus.DRAFT);
        List<Statement> approved = statements.subList(0, statements.size() - 1);
        assertThat(approved).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(StatementStatus.APPROVED);
            assertThat(s.approvedBy()).isEqualTo("commissioner");
            assertThat(s.lines())
                    .anyMatch(line -> line.rule().equals("Output payment")
                            && line.amount().signum() > 0);
        });
        assertThat(approved)
                .flatExtracting(Statement::lines)
                .anyMatch(line -> line.rule().equals("Payment by outcomes")
                        && line.amount().signum() > 0);
        assertThat(currentUsers.actingAs(commissioner, () -> contracts.versions(contract.id())))
                .hasSize(2);
    }

    private CurrentUser signIn(String username, Role role) {
        return jdbc.sql("select id, organisation_id, display_name from user_account where username = ?")
                .param(username)
                .query((rs, n) -> new CurrentUser(
                        rs.getObject(1, UUID.class),
                        username,
                        rs.getString(3),
                        rs.getObject(2, UUID.class),
                        Set.of(role)))
                .single();
    }

    @Test
    void seedsDrugEffectReportsAndOneUrgentAlertFromTheClinicalLead() {
        assertThat(count("monitoring_drug_effect_report")).isEqualTo(3);
        assertThat(count("select count(*) from monitoring_drug_effect_report where status = 'ALERTED'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from monitoring_drug_alert where severity = 'URGENT'"
                        + " and issued_by = 'clinicallead' and withdrawn_at is null"))
                .isEqualTo(1);
    }

    private long count(String tableOrSql) {
        String sql = tableOrSql.startsWith("select") ? tableOrSql : "select count(*) from " + tableOrSql;
        return jdbc.sql(sql).query(Long.class).single();
    }
}
