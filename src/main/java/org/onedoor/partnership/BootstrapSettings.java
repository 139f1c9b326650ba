package org.onedoor.partnership;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a production OneDoor needs on its first start against an empty database. Read only while no account exists.
 *
 * @param adminUsername      the first administrator's username
 * @param adminPassword      the first administrator's password (12 characters or more); change it after signing in
 * @param partnershipName    the partnership's name, shown in the header
 * @param localAuthorityCode the ONS code of the commissioning local authority
 * @param leadProviderName   the lead provider, the organisation the first administrator works for
 */
@ConfigurationProperties("onedoor.bootstrap")
record BootstrapSettings(
        @DefaultValue("") String adminUsername,
        @DefaultValue("") String adminPassword,
        @DefaultValue("") String partnershipName,
        @DefaultValue("") String localAuthorityCode,
        @DefaultValue("") String leadProviderName) {

    @Override
    public String toString() {
        return "BootstrapSettings[adminUsername=" + adminUsername + ", adminPassword=(hidden)]";
    }
}
