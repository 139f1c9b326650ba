package org.onedoor.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OdsCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"C81010", "A81001", "Y90001"})
    void acceptsOneLetterAndFiveDigitsAsAPractice(String code) {
        assertThat(OdsCode.isValid(code)).isTrue();
        assertThat(new OdsCode(code).isPractice()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "C8101", "C810100", "c81010", "RA7", "CC1010", "C8101A", ""})
    void refusesOtherShapesAsAPractice(String code) {
        assertThat(OdsCode.isValid(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {" c81010 ", "c81010"})
    void normalisesWhatPeopleType(String typed) {
        assertThat(OdsCode.normalise(typed)).isEqualTo("C81010");
        assertThat(OdsCode.parse(typed)).contains(new OdsCode("C81010"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RX1", "FA123", "C81010", "ABCDEFGH"})
    void knowsTheShapeOfAnyOrganisationsCode(String code) {
        assertThat(OdsCode.isOrganisationCode(code)).isTrue();
        assertThat(new OdsCode(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB", "ABCDEFGHI", "fa123", "FA-123", ""})
    void refusesOtherOrganisationCodeShapes(String code) {
        assertThat(OdsCode.isOrganisationCode(code)).isFalse();
        assertThatThrownBy(() -> new OdsCode(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FA-123", "AB", " ", "ABCDEFGHI"})
    void parsesNothingFromWhatIsNoCode(String typed) {
        assertThat(OdsCode.parse(typed)).isEmpty();
    }
}
