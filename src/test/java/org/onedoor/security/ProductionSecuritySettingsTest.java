package org.onedoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The prod profile turns on what only makes sense behind TLS and a load balancer. */
class ProductionSecuritySettingsTest {

    @Test
    void productionSendsStrictTransportSecurity() throws IOException {
        assertThat(bind("application-prod.yaml").strictTransportSecurity()).isTrue();
        assertThat(bind("application.yaml").strictTransportSecurity()).isFalse();
    }

    private static SecuritySettings bind(String file) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader()
                .load(file, new ClassPathResource(file))
                .forEach(source -> environment.getPropertySources().addFirst(source));
        return new Binder(ConfigurationPropertySources.get(environment))
                .bindOrCreate("onedoor.security", SecuritySettings.class);
    }
}
