package org.onedoor.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "9876543210", "9990000018", "9990000026", "9999999999", "4010232137"})
    void acceptsPublishedValidNumbers(String number) {
        assertThat(NhsNumber.isValid(number)).isTrue();
        assertThat(new NhsNumber(number).value()).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765918", "9991234560", "4010232138", "9876543211"})
    void refusesAWrongCheckDigit(String number) {
        assertRefused(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9990000000", "9990000005", "9990000009"})
    void refusesNumbersWhoseCheckDigitWouldBeTen(String number) {
        // 9×10 + 9×9 + 9×8 = 243, and 243 mod 11 = 1, so the check is 11 − 1 = 10: no tenth digit can match.
        assertRefused(number);
    }

    @Test
    void refusesAllZerosByPolicyThoughTheAlgorithmAcceptsThem() {
        assertRefused("0000000000");
        assertRefused("000 000 0000");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "123",
                "",
                " ",
                "943476591",
                "94347659190",
                "94347659A9",
                "abcdefghij",
                "943.476.5919",
                "٩٤٣٤٧٦٥٩١٩"
            })
    void refusesAnythingButTenDigits(String typed) {
        assertRefused(typed);
    }

    @Test
    void refusesAbsentInput() {
        assertThat(NhsNumber.isValid(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"943 476 5919", "943-476-5919", " 9434765919 ", "943 - 476 - 5919", "94 34 76 59 19"})
    void stripsSpacesAndHyphensAsPeopleTypeThem(String typed) {
        assertThat(NhsNumber.isValid(typed)).isTrue();
        assertThat(new NhsNumber(typed).value()).isEqualTo("9434765919");
    }

    @ParameterizedTest
    @CsvSource({"9434765919, 943 476 5919", "4010232137, 401 023 2137", "943-476-5919, 943 476 5919"})
    void formatsThreeThreeFour(String number, String formatted) {
        assertThat(new NhsNumber(number).formatted()).isEqualTo(formatted);
    }

    @ParameterizedTest
    @CsvSource({"9990000018, true", "9999999999, true", "9434765919, false", "4010232137, false", "9876543210, false"})
    void knowsTheReservedTestRange(String number, boolean testRange) {
        assertThat(new NhsNumber(number).isTestRange()).isEqualTo(testRange);
    }

    @Test
    void equalsTheSameNumberHoweverItWasTyped() {
        assertThat(new NhsNumber("943 476 5919")).isEqualTo(new NhsNumber("9434765919"));
    }

    private static void assertRefused(String typed) {
        assertThat(NhsNumber.isValid(typed)).isFalse();
        assertThatThrownBy(() -> new NhsNumber(typed)).isInstanceOfSatisfying(DomainRuleViolation.class, violation -> {
            assertThat(violation.code()).isEqualTo("NHS_NUMBER_INVALID");
            assertThat(violation.field()).isEqualTo("nhsNumber");
            assertThat(violation.getMessage()).isEqualTo("Enter a valid 10-digit NHS number, like 943 476 5919");
        });
    }
}
