package org.onedoor;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class ProfileGuardTest {

    private final ProfileGuard guard = new ProfileGuard();

    @Test
    void refusesToStartWithoutAProfileAndNamesTheChoices() {
        MockEnvironment environment = new MockEnvironment();
        assertThatThrownBy(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(StartupRefused.class)
                .hasMessageContaining("demo")
                .hasMessageContaining("prod");
    }

    @Test
    void refusesDemoTogetherWithProd() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("demo", "prod");
        assertThatThrownBy(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("cannot run together");
    }

    @Test
    void productionNamesEveryMissingSettingAtOnce() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod");
        environment.setProperty("spring.datasource.url", "jdbc:postgresql://db/onedoor");
        assertThatThrownBy(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("ONEDOOR_DATABASE_USERNAME")
                .hasMessageContaining("ONEDOOR_DATABASE_PASSWORD")
                .hasMessageContaining("ONEDOOR_ADMIN_USERNAME")
                .hasMessageContaining("ONEDOOR_ADMIN_PASSWORD")
                .hasMessageNotContaining("ONEDOOR_DATABASE_URL");
    }

    @Test
    void productionRefusesAnEmbeddedDatabase() {
        MockEnvironment environment = production();
        environment.setProperty("spring.datasource.url", "jdbc:h2:file:./data/onedoor");
        assertThatThrownBy(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("must be a jdbc:postgresql: URL");
    }

    @Test
    void productionRefusesToStartWithoutAnEvidenceKeySecretOrWithAShortOne() {
        MockEnvironment missing = production();
        missing.setProperty("onedoor.contract.evidence-key-secret", "");
        assertThatThrownBy(() -> guard.postProcessEnvironment(missing, new SpringApplication()))
                .isInstanceOf(StartupRefused.class)
                .hasMessageContaining("ONEDOOR_EVIDENCE_KEY_SECRET")
                .hasMessageContaining("pseudonymises payment evidence");
        MockEnvironment tooShort = production();
        tooShort.setProperty("onedoor.contract.evidence-key-secret", "short-secret");
        assertThatThrownBy(() -> guard.postProcessEnvironment(tooShort, new SpringApplication()))
                .hasMessageContaining("ONEDOOR_EVIDENCE_KEY_SECRET: must be 32 characters or more, not 12");
    }

    @Test
    void productionStartsWhenEverythingIsSet() {
        assertThatCode(() -> guard.postProcessEnvironment(production(), new SpringApplication()))
                .doesNotThrowAnyException();
    }

    private static MockEnvironment production() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod");
        environment.setProperty("spring.datasource.url", "jdbc:postgresql://db/onedoor");
        environment.setProperty("spring.datasource.username", "onedoor");
        environment.setProperty("spring.datasource.password", "secret");
        environment.setProperty("onedoor.bootstrap.admin-username", "admin");
        environment.setProperty("onedoor.bootstrap.admin-password", "a-long-password");
        environment.setProperty("onedoor.bootstrap.partnership-name", "Somewhere Partnership");
        environment.setProperty("onedoor.bootstrap.local-authority-code", "E06000012");
        environment.setProperty("onedoor.bootstrap.lead-provider-name", "Lead");
        environment.setProperty("onedoor.contract.evidence-key-secret", "k".repeat(ProfileGuard.MIN_EVIDENCE_SECRET));
        return environment;
    }
}
