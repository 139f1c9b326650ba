package org.onedoor.monitoring.trends;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The thresholds of the emerging-trend flags (issue 18 item 4).
 *
 * @param newAfterMonths   a substance is new to the area when it had no mention in this many months before
 * @param baselineMonths   rising is measured against the monthly mean of this many months before
 * @param risingDeviations rising means more than this many standard deviations above that mean
 * @param risingMinimum    and at least this many mentions in the month
 */
@Validated
@ConfigurationProperties("onedoor.monitoring.trends")
record TrendSettings(
        @DefaultValue("24") @Min(1) int newAfterMonths,
        @DefaultValue("12") @Min(2) int baselineMonths,
        @DefaultValue("2.0") @PositiveOrZero double risingDeviations,
        @DefaultValue("3") @Min(1) int risingMinimum) {}
