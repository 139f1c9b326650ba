package org.onedoor;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings that belong to the whole application rather than one module.
 *
 * @param zone the time zone of clinical dates (NDTMS dates are English local dates)
 */
@Validated
@ConfigurationProperties("onedoor")
record OneDoorSettings(
        @DefaultValue("Europe/London") @NotBlank String zone) {}
