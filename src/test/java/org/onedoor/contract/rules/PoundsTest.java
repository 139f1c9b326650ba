package org.onedoor.contract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Pounds shows amounts, rates and counts exactly as the DecimalFormat patterns it replaced, in the UK's symbols. */
class PoundsTest {

    private static final DecimalFormatSymbols UK = DecimalFormatSymbols.getInstance(Locale.UK);

    @Test
    void showsAmountsWithThousandsAndPenceAndAMinusSignForAClawBack() {
        assertThat(Pounds.format(new BigDecimal("1234.56"))).isEqualTo("£1,234.56");
        assertThat(Pounds.format(new BigDecimal("-10000"))).isEqualTo("−£10,000.00");
        assertThat(Pounds.format(new BigDecimal("0.005"))).isEqualTo("£0.01");
        assertThat(Pounds.format(new BigDecimal("999999.999"))).isEqualTo("£1,000,000.00");
        assertThat(Pounds.rate(new BigDecimal("33.333333"))).isEqualTo("£33.333333");
        assertThat(Pounds.rate(new BigDecimal("1234.5000"))).isEqualTo("£1,234.50");
        assertThat(Pounds.count(new BigDecimal("3300.00"))).isEqualTo("3,300");
        assertThat(Pounds.count(new BigDecimal("274.90"))).isEqualTo("274.9");
        assertThat(Pounds.count(new BigDecimal("83.3333333"))).isEqualTo("83.33");
    }

    @Test
    void agreesWithTheDecimalFormatPatternsOnManyValues() {
        Random random = new Random(15);
        for (int i = 0; i < 20_000; i++) {
            BigDecimal value = BigDecimal.valueOf(random.nextLong() % 10_000_000_000L, random.nextInt(9));
            BigDecimal pounds = value.abs().setScale(2, RoundingMode.HALF_UP);
            assertThat(Pounds.format(value))
                    .as("format %s", value)
                    .isEqualTo((value.signum() < 0 ? "−£" : "£") + new DecimalFormat("#,##0.00", UK).format(pounds));
            assertThat(Pounds.count(value))
                    .as("count %s", value)
                    .isEqualTo(new DecimalFormat("#,##0.##", UK).format(value));
            if (value.stripTrailingZeros().scale() > 2) {
                assertThat(Pounds.rate(value))
                        .as("rate %s", value)
                        .isEqualTo((value.signum() < 0 ? "−£" : "£")
                                + new DecimalFormat("#,##0.00####", UK).format(value.abs()));
            }
        }
    }
}
