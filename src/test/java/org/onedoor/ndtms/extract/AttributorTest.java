package org.onedoor.ndtms.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributorTest {

    @ParameterizedTest(name = "{0} gives {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "Ann|A",
                "ann|A",
                "O'Brien|O",
                "'Ali|A",
                "Smith-Jones|S",
                "-Smith|S",
                "d'Arcy|D",
                "  Bea|B",
                "Élodie|E",
                "Ødegaard|",
                "Σοφία|",
                "123|"
            })
    void takesTheFirstLetterUpperCasedSkippingHyphensApostrophesAndSpaces(String name, String initial) {
        assertThat(Attributor.initial(name)).isEqualTo(initial);
    }

    @org.junit.jupiter.api.Test
    void givesNoInitialForNoName() {
        assertThat(Attributor.initial(null)).isNull();
        assertThat(Attributor.initial("")).isNull();
    }
}
