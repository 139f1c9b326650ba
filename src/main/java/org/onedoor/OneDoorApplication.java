package org.onedoor;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;

/**
 * OneDoor: the shared information system of an integrated drug and alcohol treatment partnership.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "OneDoor", sharedModules = "shared")
public class OneDoorApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(OneDoorApplication.class);
        if (java.util.Arrays.asList(args).contains("--verify-audit-trail")) {
            // A command-line check of a live database: no web server, just the report and an exit status.
            application.setWebApplicationType(org.springframework.boot.WebApplicationType.NONE);
        }
        if (args.length > 0 && org.onedoor.shared.cli.CommandLineTool.NAMES.contains(args[0])) {
            // A tool on files (payments, indicators): a private in-memory database, no web server.
            application.setWebApplicationType(org.springframework.boot.WebApplicationType.NONE);
            application.setAdditionalProfiles("cli");
        }
        application.run(args);
    }

    /** Every date and instant in OneDoor comes from this clock, so tests can move time. */
    @Bean
    Clock clock(OneDoorSettings settings) {
        return Clock.system(ZoneId.of(settings.zone()));
    }
}
