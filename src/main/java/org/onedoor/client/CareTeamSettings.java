package org.onedoor.client;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How far people may change a client's care team by hand.
 *
 * @param backdateDays how many days before today an organisation added from the care-team screen may be recorded as
 *                     involved from; a start further back would give access to a past nobody can vouch for
 */
@Validated
@ConfigurationProperties("onedoor.client.care-team")
public record CareTeamSettings(@DefaultValue("7") @Min(0) int backdateDays) {}
