package org.onedoor.contract.evidence;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How payment evidence is pseudonymised.
 *
 * @param evidenceKeySecret the secret of the keyed hash (HMAC-SHA-256) that turns a client's and an episode's
 *                          identifiers into the evidence keys commissioners see. Required under the prod profile
 *                          ({@code ONEDOOR_EVIDENCE_KEY_SECRET}, 32 characters or more, kept like a password); demo,
 *                          tests and the payments command line use a fixed development value. A new secret gives new
 *                          keys to later snapshots; snapshots already taken keep theirs.
 */
@Validated
@ConfigurationProperties("onedoor.contract")
record EvidenceSettings(
        @DefaultValue(DEVELOPMENT_SECRET) @NotBlank String evidenceKeySecret) {

    static final String DEVELOPMENT_SECRET = "onedoor-development-evidence-key-never-for-real-data";

    @Override
    public String toString() {
        return "EvidenceSettings[evidenceKeySecret=(hidden)]";
    }
}
