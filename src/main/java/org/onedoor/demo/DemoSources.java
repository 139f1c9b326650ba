package org.onedoor.demo;

import java.util.Map;
import org.onedoor.referral.Channel;

/**
 * How often demo referrals name each substance, arrive by each channel and come from each source, and the
 * referrers behind the professional sources (role, organisation, and the account or API client that sends them).
 */
final class DemoSources {

    static final Weighted<String> SUBSTANCES = new Weighted<String>()
            .add(500, "ALCOHOL")
            .add(140, "HEROIN")
            .add(20, "METHADONE_ILLICIT")
            .add(10, "BUPRENORPHINE_ILLICIT")
            .add(30, "OTHER_OPIATES")
            .add(70, "CRACK")
            .add(50, "COCAINE")
            .add(100, "CANNABIS")
            .add(20, "BENZODIAZEPINES")
            .add(15, "GABAPENTINOIDS")
            .add(15, "PRESCRIPTION_OPIOIDS")
            .add(10, "AMPHETAMINES")
            .add(10, "KETAMINE")
            .add(5, "NPS")
            .add(5, "ECSTASY");
    static final Weighted<Channel> CHANNELS = new Weighted<Channel>()
            .add(45, Channel.PHONE)
            .add(25, Channel.WEB)
            .add(20, Channel.PROFESSIONAL)
            .add(10, Channel.API);
    static final Weighted<String> PHONE_SOURCES = new Weighted<String>()
            .add(60, "SELF")
            .add(20, "CONCERNED_OTHER")
            .add(5, "GP")
            .add(4, "HOUSING")
            .add(4, "SOCIAL_SERVICES")
            .add(3, "EMPLOYMENT")
            .add(2, "EDUCATION")
            .add(2, "OTHER");
    static final Weighted<String> WEB_SOURCES =
            new Weighted<String>().add(85, "SELF").add(15, "CONCERNED_OTHER");
    static final Weighted<String> PROFESSIONAL_SOURCES = new Weighted<String>()
            .add(55, "GP")
            .add(12, "MENTAL_HEALTH")
            .add(10, "SOCIAL_SERVICES")
            .add(8, "HOUSING")
            .add(8, "SYRINGE_EXCHANGE")
            .add(7, "OTHER_DRUG_SERVICE");
    static final Weighted<String> API_SOURCES = new Weighted<String>()
            .add(40, "HOSPITAL")
            .add(25, "A_AND_E")
            .add(20, "PROBATION")
            .add(10, "CRIMINAL_JUSTICE")
            .add(5, "PRISON");
    static final Map<String, String[]> REFERRERS = Map.of(
            "HOSPITAL",
                    new String[] {"Alcohol Care Team", "Northvale General Hospital", "api:Northvale General Hospital"},
            "A_AND_E",
                    new String[] {"Emergency Department", "Northvale General Hospital", "api:Northvale General Hospital"
                    },
            "PROBATION",
                    new String[] {"Probation practitioner", "Northvale Probation Delivery Unit", "api:Probation Service"
                    },
            "CRIMINAL_JUSTICE",
                    new String[] {"Liaison and diversion", "Northvale Custody Suite", "api:Liaison and Diversion"},
            "PRISON", new String[] {"Release planning", "HMP Northvale", "api:Prison Healthcare"},
            "MENTAL_HEALTH", new String[] {"Community mental health team", "Northvale Mental Health Trust", "recovery"},
            "SOCIAL_SERVICES", new String[] {"Social worker", "Northvale Council Children's Services", "recovery"},
            "HOUSING", new String[] {"Housing officer", "Northvale Homes", "recovery"},
            "SYRINGE_EXCHANGE", new String[] {"Harm reduction worker", "Safer Streets Harm Reduction", "recovery"},
            "OTHER_DRUG_SERVICE", new String[] {"Keyworker", "Neighbouring treatment service", "recovery"});

    private DemoSources() {}
}
