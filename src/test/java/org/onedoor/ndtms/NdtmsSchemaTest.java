package org.onedoor.ndtms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NdtmsSchemaTest {

    private final NdtmsSchema k = NdtmsSchema.datasetK();

    @Test
    void holdsDatasetKFieldsInFileOrderWithTheirTypes() {
        assertThat(k.dataset()).isEqualTo("K");
        assertThat(k.fieldCodes()).startsWith("FINITIAL", "SINITIAL", "DOB", "SEX");
        assertThat(k.fieldCodes())
                .contains("AGNCY", "EPISODID", "REFLD", "TRIAGED", "DRUG1", "FAOMODDT", "MODAL", "MODEXIT");
        assertThat(k.field("DOB").orElseThrow().type()).isEqualTo(NdtmsField.Type.DATE);
        assertThat(k.field("DISRSN").orElseThrow().codeList()).isEqualTo("DISRSN");
        assertThat(k.field("NOPE")).isEmpty();
    }

    @Test
    void namesEachCodesCategorySoRulesNeverBranchOnALiteralCode() {
        assertThat(k.codesIn("DISRSN", "successful")).containsExactly("80", "81", "82");
        assertThat(k.category("DISRSN", "89")).contains("died");
        assertThat(k.category("DISRSN", "83")).contains("transfer");
        assertThat(k.category("DRUG", "1011")).contains("opiate");
        assertThat(k.category("DRUG", "7000")).contains("alcohol");
        assertThat(k.category("DRUG", "3201")).contains("non-opiate");
        assertThat(k.category("MODEXIT", "A")).contains("planned");
        assertThat(k.category("MODAL", "94")).contains("pharmacological");
        assertThat(k.category("DRUG", "0000")).isEmpty();
        assertThat(k.codes("SEX")).extracting(NdtmsCode::code).contains("1", "2");
        for (String list : new String[] {"CONSENT", "ETHNIC", "ROUTE", "INJSTAT"}) {
            assertThat(k.codes(list)).as(list).isNotEmpty();
        }
    }

    @Test
    void refusesADatasetItDoesNotHold() {
        assertThatThrownBy(() -> NdtmsSchema.dataset("Q")).hasMessageContaining("dataset-q");
        assertThatThrownBy(() -> NdtmsSchema.dataset("KK")).hasMessageContaining("one letter");
    }

    @Test
    void everyProblemRuleHasItsWords() {
        for (NdtmsRule rule : NdtmsRule.values()) {
            assertThat(org.onedoor.shared.Messages.has(rule.messageKey()))
                    .as(rule.name())
                    .isTrue();
        }
    }
}
