package org.onedoor.assessment.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstrumentsTest {

    @Test
    void shipsEveryInstrumentOfIssue16AndTheAlcoholQuestionnaires() {
        assertThat(new Instruments().current())
                .extracting(InstrumentDefinition::id)
                .containsExactlyInAnyOrder(
                        "top",
                        "aor",
                        "phq9",
                        "gad7",
                        "sadq",
                        "holistic",
                        "physical-health",
                        "audit",
                        "audit-c",
                        "fast");
    }

    @Test
    void everyTopAndAorItemNamesItsNdtmsFieldWhereOneIsKnown() {
        InstrumentDefinition top = new Instruments().latest("top").orElseThrow();
        assertThat(top.items())
                .filteredOn(i -> i.ndtms() != null)
                .extracting(Item::ndtms)
                .contains(
                        "OPIUSE",
                        "ALCUSE",
                        "IVDRGUSE",
                        "SHARING",
                        "PSYHSTAT",
                        "PHSTAT",
                        "QUALLIFE",
                        "ACUTHPBM",
                        "HRISK",
                        "PWORK");
    }

    @Test
    void aMalformedDefinitionIsRefusedWithEveryProblemListed() {
        String yaml = """
                id: broken
                version: 1
                title: Broken
                short-title: Broken
                licence: none
                items:
                  - {id: a, text: A, type: choice}
                  - {id: b, text: B, type: integer, min: 5, max: 1}
                  - {id: c, text: C, type: sometimes}
                scores:
                  - {id: total, label: Total, method: sum, items: [a, z], min: 0, max: 3}
                  - {id: t2, label: T2, method: sum, items: [b], min: 1, max: 5,
                     bands: [{from: 2, label: low}]}
                """;
        List<String> problems = new ArrayList<>();
        InstrumentDefinition definition = DefinitionReader.read("broken/v1.yaml", yaml, problems);
        assertThat(problems).containsExactly("broken/v1.yaml: items[2].type: unknown answer type sometimes");
        problems.clear();
        InstrumentDefinition lenient =
                DefinitionReader.read("broken/v1.yaml", yaml.replace("sometimes", "text"), problems);
        DefinitionCheck.check("broken/v1.yaml", lenient, problems);
        assertThat(definition).isNull();
        assertThat(problems)
                .anyMatch(p -> p.contains("item a: a choice needs options"))
                .anyMatch(p -> p.contains("item b: needs a min no greater than its max"))
                .anyMatch(p -> p.contains("score total: names items that do not exist"))
                .anyMatch(p -> p.contains("score t2: the first band must start at the minimum"));
    }

    @Test
    void startUpStopsWhenADefinitionIsInvalid() {
        assertThatThrownBy(() -> Instruments.load("classpath*:no-such-instruments/*/v*.yaml"))
                .isInstanceOf(Instruments.InvalidInstrumentDefinitions.class)
                .hasMessageContaining("no instrument");
    }
}
