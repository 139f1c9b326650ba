package org.onedoor.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.onedoor.referral.EnquiryCallerType;
import org.onedoor.referral.HistoricEnquiry;

/** One demo enquiry on a day: a realistic mix of topics, callers and outcomes, logged by the demo SPOC worker. */
final class DemoEnquiries {

    private static final Weighted<String> TOPICS = new Weighted<String>()
            .add(25, "ALCOHOL_ADVICE")
            .add(20, "DRUG_ADVICE")
            .add(10, "NALOXONE")
            .add(8, "NEEDLE_EXCHANGE")
            .add(15, "FAMILY_CARER_SUPPORT")
            .add(17, "SERVICE_INFORMATION")
            .add(5, "OTHER");
    private static final Weighted<String> OUTCOMES = new Weighted<String>()
            .add(40, "ADVICE_GIVEN")
            .add(20, "INFORMATION_SENT")
            .add(20, "SIGNPOSTED")
            .add(12, "REFERRAL_MADE")
            .add(8, "CALL_BACK");
    private static final List<String> SIGNPOSTS = List.of(
            "Families Together Support",
            "Safer Streets Harm Reduction",
            "Gambling support line",
            "Citizens Advice Northvale",
            "NHS 111",
            "Samaritans",
            "Northvale Foodbank",
            "Northvale Recovery Community");

    private DemoEnquiries() {}

    static HistoricEnquiry on(LocalDate date, Random random, ZoneId zone, String loggedBy) {
        String topic = TOPICS.pick(random);
        EnquiryCallerType caller = topic.equals("FAMILY_CARER_SUPPORT")
                ? (random.nextInt(100) < 85 ? EnquiryCallerType.FAMILY_OR_FRIEND : EnquiryCallerType.PROFESSIONAL)
                : random.nextInt(100) < 60
                        ? EnquiryCallerType.SELF
                        : random.nextInt(100) < 60
                                ? EnquiryCallerType.FAMILY_OR_FRIEND
                                : EnquiryCallerType.PROFESSIONAL;
        String outcome = OUTCOMES.pick(random);
        String signposted = !outcome.equals("SIGNPOSTED")
                ? null
                : topic.equals("FAMILY_CARER_SUPPORT")
                        ? "Families Together Support"
                        : SIGNPOSTS.get(random.nextInt(SIGNPOSTS.size()));
        int roll = random.nextInt(100);
        String notes = switch (topic) {
            case "NALOXONE" -> roll < 50 ? "Asked where to collect a naloxone kit" : null;
            case "NEEDLE_EXCHANGE" -> roll < 50 ? "Asked for needle exchange opening times" : null;
            case "SERVICE_INFORMATION" -> roll < 40 ? "Asked how referral works and how long the wait is" : null;
            default -> roll < 15 ? "Caller did not want to give a name" : null;
        };
        var at = date.atTime(LocalTime.of(9, 0).plusMinutes(random.nextInt(8 * 60)))
                .atZone(zone)
                .toInstant();
        return new HistoricEnquiry(topic, caller, outcome, signposted, notes, at, loggedBy);
    }
}
