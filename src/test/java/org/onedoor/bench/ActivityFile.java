package org.onedoor.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A generated NDTMS dataset-K activity file for the indicator benchmarks, shaped like {@link IndicatorsBenchmark}'s
 * live record: a client per number g at one of {@code agencies} agencies, one to three episodes each between April
 * 2012 and March 2017 with one intervention, opiate (heroin, a pharmacological intervention), non-opiate (cannabis),
 * non-opiate and alcohol (cocaine and alcohol) and alcohol-only in turn, discharged with successful, unsuccessful,
 * died, neutral and transfer reasons in turn, planned and unplanned exits. The same numbers give the same file.
 */
final class ActivityFile {

    static final String HEADER = "AGNCY,CLIENTID,FINITIAL,SINITIAL,DOB,SEX,EPISODID,CONSENT,REFLD,TRIAGED,"
            + "DRUG1,DRUG2,MODID,MODAL,REFMODDT,FAOMODDT,MODST,MODEND,MODEXIT,DISD,DISRSN";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final LocalDate FIRST = LocalDate.of(2012, 4, 1);
    private static final LocalDate LAST = LocalDate.of(2017, 12, 31);
    private static final String[] REASONS = {"80", "81", "82", "85", "86", "89", "88", "87", "83"};
    private static final String[] DRUG1 = {"1011", "5000", "3200", "7000"};
    private static final String LETTERS = "ABCDEFGHJKLMNPRSTW";

    private ActivityFile() {}

    /** Writes {@code clients} clients (numbered from {@code firstClient}) and returns the number of rows. */
    static int write(Path file, int firstClient, int clients, int agencies) throws IOException {
        int rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.newLine();
            for (int g = firstClient; g < firstClient + clients; g++) {
                for (int j = 0; j <= g % 3; j++) {
                    out.write(row(g, j, agencies));
                    out.newLine();
                    rows++;
                }
            }
        }
        return rows;
    }

    private static String row(int g, int j, int agencies) {
        LocalDate start = FIRST.plusDays((g * 7919L) % 900 + j * 420L);
        LocalDate end = start.plusDays(60 + (g * 7L) % 300);
        boolean closed = (j < g % 3 || g % 4 != 0) && !end.isAfter(LAST);
        int kind = g % 4;
        String agency = "N9" + String.format("%03d", 1 + (g + j) % agencies);
        String exit = closed ? ((g + j) % 5 == 0 ? "B" : "A") : "";
        return String.join(
                ",",
                agency,
                "C" + g,
                String.valueOf(LETTERS.charAt(g % LETTERS.length())),
                String.valueOf(LETTERS.charAt((g / LETTERS.length()) % LETTERS.length())),
                day(LocalDate.of(1950, 1, 1).plusDays((g * 37L) % 18000)),
                g % 2 == 0 ? "2" : "1",
                "E" + g + "-" + j,
                "Y",
                day(start.minusDays(20)),
                day(start.minusDays(15)),
                DRUG1[kind],
                kind == 2 ? "7000" : "",
                "M" + g + "-" + j,
                kind == 0 ? "94" : "95",
                day(start.minusDays(20)),
                day(start.minusDays(20 - g % 21)),
                day(start),
                closed ? day(end) : "",
                exit,
                closed ? day(end) : "",
                closed ? REASONS[(g + j) % REASONS.length] : "");
    }

    private static String day(LocalDate date) {
        return date.format(DAY);
    }
}
