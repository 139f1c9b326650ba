package org.onedoor.demo;

import java.util.List;
import java.util.Random;

/** Fictional names for places and people. Any likeness to a real practice or person is a coincidence. */
final class DemoNames {

    static final List<String> PRACTICE_STEMS = List.of(
            "Oakwood",
            "Riverside",
            "Millbrook",
            "Hawthorn",
            "Beech Hill",
            "Canal Street",
            "Northgate",
            "Moorside",
            "Heather Lane",
            "Kingfisher",
            "Stonebridge",
            "Westfield",
            "Larkspur",
            "Ashgrove",
            "Fernleigh",
            "Cotton Mill",
            "Saltaire Road",
            "Parkview",
            "Holly Bank",
            "Brookfield",
            "Elmtree",
            "Windmill",
            "Orchard",
            "Thornbury");
    static final List<String> PRACTICE_KINDS =
            List.of("Surgery", "Medical Centre", "Health Centre", "Medical Practice", "Family Practice");
    static final List<String> TOWNS = List.of("Northvale", "Eastbridge", "Millford", "Holmecliffe", "Ravensby");
    static final List<String> STREETS = List.of(
            "High Street",
            "Station Road",
            "Church Lane",
            "Mill Road",
            "Park Avenue",
            "Victoria Road",
            "Queen Street",
            "Bridge Street",
            "Green Lane",
            "Market Place");
    static final List<String> GIVEN = List.of(
            "Amira", "Ben", "Chloe", "Dev", "Ella", "Farid", "Grace", "Harry", "Isla", "Jamal", "Kate", "Liam", "Maya",
            "Nathan", "Olivia", "Priya", "Quentin", "Rosa", "Sam", "Tariq", "Uma", "Victor", "Wendy", "Yusuf", "Zara",
            "Alfie", "Bethan", "Connor", "Deborah", "Eilidh");
    static final List<String> FAMILY = List.of(
            "Ahmed",
            "Brown",
            "Clarke",
            "Davies",
            "Evans",
            "Fletcher",
            "Green",
            "Hussain",
            "Iqbal",
            "Jones",
            "Khan",
            "Lewis",
            "Mahmood",
            "Nowak",
            "O'Brien",
            "Patel",
            "Quinn",
            "Roberts",
            "Shah",
            "Taylor",
            "Usman",
            "Walker",
            "Wright",
            "Young");

    private DemoNames() {}

    static String pick(Random random, List<String> names) {
        return names.get(random.nextInt(names.size()));
    }

    static String practiceName(int index, Random random) {
        String stem = PRACTICE_STEMS.get(index % PRACTICE_STEMS.size());
        String kind = PRACTICE_KINDS.get(index % PRACTICE_KINDS.size());
        int round = index / PRACTICE_STEMS.size();
        return round == 0 ? stem + " " + kind : stem + " " + kind + " " + (round + 1);
    }

    static String postcode(Random random) {
        return "NV" + (1 + random.nextInt(19)) + " " + random.nextInt(10) + (char) ('A' + random.nextInt(26))
                + (char) ('A' + random.nextInt(26));
    }

    static String street(Random random) {
        return (1 + random.nextInt(180)) + " " + pick(random, STREETS);
    }

    static String telephone(Random random) {
        return String.format("01632 960%03d", random.nextInt(1000));
    }
}
