package org.onedoor.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WilsonIntervalTest {

    @Test
    void halfOfTenLiesBetween23Point7And76Point3() {
        assertThat(WilsonInterval.of(5, 10)).extracting(Object::toString).containsExactly("23.7", "76.3");
    }

    @Test
    void noneOfTenStillAllowsUpTo27Point8() {
        assertThat(WilsonInterval.of(0, 10)).extracting(Object::toString).containsExactly("0.0", "27.8");
    }

    @Test
    void allOfTenStillAllowsDownTo72Point2() {
        assertThat(WilsonInterval.of(10, 10)).extracting(Object::toString).containsExactly("72.2", "100.0");
    }

    @Test
    void oneOfThreeIsWideAndAsymmetric() {
        assertThat(WilsonInterval.of(1, 3)).extracting(Object::toString).containsExactly("6.1", "79.2");
        assertThat(WilsonInterval.percent(1, 3)).hasToString("33.3");
    }
}
