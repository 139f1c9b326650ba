package org.onedoor.contract.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.contract.document.ContractDocument;
import org.onedoor.contract.document.ContractDocumentProblem;
import org.onedoor.contract.document.ContractDocumentReader;
import org.onedoor.contract.document.ContractDocumentWriter;
import org.onedoor.contract.document.ContractHeader.Status;
import org.onedoor.contract.rules.FinancialYear;
import org.onedoor.contract.rules.PerClientPerMonth;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Contracts stored from and exported to the contract document, their lifecycle and their rule versions. */
@IntegrationTest
class ContractStoreIntegrationTest {

    private final CurrentUser commissioner = new CurrentUser(
            UUID.randomUUID(), "store-commissioner", "Commissioner", UUID.randomUUID(), Set.of(Role.COMMISSIONER));

    @Autowired
    Contracts contracts;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importedDocumentExportsAsTheSameCanonicalDocument() {
        String reference = ContractFixtures.uniqueReference();
        String yaml = ContractFixtures.example(reference, "ACTIVE", "Y12345");

        ContractSummary contract = as(() -> contracts.importDocument("nel.yaml", yaml));
        String exported = as(() -> contracts.exportDocument(contract.id()));

        assertThat(contract.reference()).isEqualTo(reference);
        assertThat(contract.status()).isEqualTo(Status.ACTIVE);
        assertThat(contract.currentVersion()).isEqualTo(1);
        assertThat(contract.currentEffectiveFrom()).isEqualTo(YearMonth.of(2016, 4));
        ContractDocument original = ContractDocumentReader.read("nel.yaml", yaml);
        assertThat(exported).isEqualTo(ContractDocumentWriter.write(original));
        assertThat(ContractDocumentReader.read("exported.yaml", exported)).isEqualTo(original);
        assertThat(as(() -> contracts.funding(contract.id())))
                .extracting(f -> f.stream() + " " + f.year() + " " + f.amount())
                .containsExactly("Council public health grant 2016/17 125000.00", "CCG contribution 2016/17 116525.00");
        assertThat(as(() -> contracts.funding(contract.id())).get(0).year()).isEqualTo(new FinancialYear(2016));
    }

    @Test
    void aBadDocumentIsRefusedNamingLineAndFieldAndNothingIsSaved() {
        String reference = ContractFixtures.uniqueReference();
        String yaml = ContractFixtures.replace(
                ContractFixtures.example(reference, "DRAFT", "Y12345"),
                "coreAverageClients: 250",
                "coreAverageClients: lots");

        assertThatThrownBy(() -> as(() -> contracts.importDocument("nel.yaml", yaml)))
                .isInstanceOf(ContractDocumentProblem.class)
                .hasMessageStartingWith("nel.yaml line " + lineOf(yaml, "coreAverageClients: lots") + ", ")
                .hasMessageContaining("coreAverageClients");
        assertThat(jdbc.sql("select count(*) from contract where reference = :r")
                        .param("r", reference)
                        .query(Integer.class)
                        .single())
                .isZero();

        String good = ContractFixtures.example(reference, "DRAFT", "Y12345");
        as(() -> contracts.importDocument("nel.yaml", good));
        assertThatThrownBy(() -> as(() -> contracts.importDocument("again.yaml", good)))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("is already stored");
    }

    @Test
    void aDraftIsRevisedThenActivatedAndItsRuleChangesAreNewVersionsEffectiveFromAMonth() {
        String reference = ContractFixtures.uniqueReference();
        String draft = ContractFixtures.example(reference, "DRAFT", "Y12345");
        UUID id = as(() -> contracts.importDocument("nel.yaml", draft)).id();
        String revised = ContractFixtures.replace(draft, "coreAnnualValue: 100000.00", "coreAnnualValue: 90000.00");

        assertThat(as(() -> contracts.reviseDraft(id, "nel.yaml", revised, "Core value agreed"))
                        .currentVersion())
                .isEqualTo(2);
        assertThatThrownBy(() ->
                        as(() -> contracts.changeRules(id, "nel.yaml", revised, YearMonth.of(2016, 10), "Too early")))
                .hasMessageContaining("revise the draft instead");
        assertThatThrownBy(() -> as(() -> contracts.end(id)))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessage("Contract " + reference + " is draft and cannot become ended: a draft can only be"
                        + " activated");
        assertThat(as(() -> contracts.activate(id)).status()).isEqualTo(Status.ACTIVE);
        assertThatThrownBy(() -> as(() -> contracts.activate(id))).hasMessageContaining("it is already active");
        assertThatThrownBy(() -> as(() -> contracts.reviseDraft(id, "nel.yaml", draft, "Back")))
                .hasMessageContaining("only a draft is edited");

        String october = ContractFixtures.replace(revised, "coreAnnualValue: 90000.00", "coreAnnualValue: 95000.00");
        assertThatThrownBy(() -> as(() ->
                        contracts.changeRules(id, "nel.yaml", october, YearMonth.of(2016, 3), "Before the start")))
                .hasMessageContaining("before the contract starts in 2016-04");
        ContractSummary changed =
                as(() -> contracts.changeRules(id, "nel.yaml", october, YearMonth.of(2016, 10), "Uplift from October"));

        assertThat(changed.currentVersion()).isEqualTo(3);
        assertThat(changed.currentEffectiveFrom()).isEqualTo(YearMonth.of(2016, 10));
        assertThat(as(() -> contracts.versions(id)))
                .extracting(ContractVersion::number, ContractVersion::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Imported from nel.yaml"),
                        org.assertj.core.groups.Tuple.tuple(2, "Core value agreed"),
                        org.assertj.core.groups.Tuple.tuple(3, "Uplift from October"));
        assertThat(coreValue(id, YearMonth.of(2016, 9))).isEqualTo("90000.00");
        assertThat(coreValue(id, YearMonth.of(2016, 10))).isEqualTo("95000.00");
        assertThat(as(() -> contracts.exportDocument(id)))
                .contains("coreAnnualValue: 95000.00")
                .contains("status: ACTIVE");

        assertThat(as(() -> contracts.end(id)).status()).isEqualTo(Status.ENDED);
        assertThatThrownBy(() -> as(
                        () -> contracts.changeRules(id, "nel.yaml", october, YearMonth.of(2017, 1), "After the end")))
                .hasMessageContaining("an ended contract does not change");
        assertThatThrownBy(() -> as(() -> contracts.activate(id))).hasMessageContaining("has ended");
    }

    @Test
    void onlyThoseWhoManageContractsImportThem() {
        CurrentUser worker = new CurrentUser(
                UUID.randomUUID(), "store-worker", "Worker", UUID.randomUUID(), Set.of(Role.RECOVERY_WORKER));
        String yaml = ContractFixtures.example(ContractFixtures.uniqueReference(), "DRAFT", "Y12345");

        assertThatThrownBy(() -> currentUsers.actingAs(worker, () -> contracts.importDocument("nel.yaml", yaml)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private String coreValue(UUID id, YearMonth month) {
        return as(() -> contracts.versionFor(id, month)).document().rules().rules().stream()
                .filter(PerClientPerMonth.class::isInstance)
                .map(PerClientPerMonth.class::cast)
                .findFirst()
                .orElseThrow()
                .coreAnnualValue()
                .toPlainString();
    }

    private static int lineOf(String yaml, String text) {
        return java.util.Arrays.asList(yaml.split("\n"))
                        .indexOf(java.util.Arrays.stream(yaml.split("\n"))
                                .filter(line -> line.contains(text))
                                .findFirst()
                                .orElseThrow())
                + 1;
    }

    private <T> T as(java.util.function.Supplier<T> work) {
        return currentUsers.actingAs(commissioner, work);
    }
}
