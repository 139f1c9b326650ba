package org.onedoor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultPageTest {

    @Test
    void pageNumbersAtTheIntegerLimitsGiveNoNegativeOrOverflowingOffset() {
        assertThat(ResultPage.indexOf(Integer.MIN_VALUE)).isZero();
        assertThat(ResultPage.indexOf(0)).isZero();
        assertThat(ResultPage.indexOf(1)).isZero();
        assertThat(ResultPage.indexOf(3)).isEqualTo(2);
        assertThat(ResultPage.indexOf(Integer.MAX_VALUE)).isEqualTo(ResultPage.MAX_INDEX);
        assertThat(ResultPage.offset(Integer.MIN_VALUE, 25)).isZero();
        assertThat(ResultPage.offset(Integer.MAX_VALUE, ResultPage.MAX_SIZE))
                .isEqualTo((long) ResultPage.MAX_INDEX * ResultPage.MAX_SIZE)
                .isPositive();
        assertThat(ResultPage.offset(2, 25)).isEqualTo(50);
    }
}
