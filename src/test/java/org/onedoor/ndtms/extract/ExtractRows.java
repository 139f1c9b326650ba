package org.onedoor.ndtms.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Rows for the unit tests: a consenting adult's episode with one intervention in NDTMS order, and its variants. */
final class ExtractRows {

    static final UUID CLIENT = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    static final UUID EPISODE = UUID.fromString("00000000-0000-0000-0000-00000000e001");
    static final UUID INTERVENTION = UUID.fromString("00000000-0000-0000-0000-00000000a001");

    private ExtractRows() {}

    static ExtractRow good() {
        return row("Y", LocalDate.of(1980, 2, 3), "Ann", "O'Brien", intervention(d(5, 10), d(10, 1), "A"));
    }

    static ExtractRow row(
            @Nullable String consent,
            @Nullable LocalDate born,
            @Nullable String given,
            @Nullable String family,
            ExtractRow.@Nullable Intervention intervention) {
        return new ExtractRow(
                CLIENT,
                "C100001",
                given,
                family,
                born,
                "FEMALE",
                "A",
                "AB1 2CD",
                "3",
                "Y12345",
                consent,
                "N0852",
                EPISODE,
                d(5, 1),
                "4",
                d(5, 3),
                d(5, 10),
                null,
                null,
                List.of(new ExtractRow.Substance("HEROIN", "1011"), new ExtractRow.Substance("CRACK", "3201")),
                intervention);
    }

    static ExtractRow.Intervention intervention(
            @Nullable LocalDate started, @Nullable LocalDate ended, @Nullable String exit) {
        return new ExtractRow.Intervention(
                INTERVENTION, "PHARMACOLOGICAL", "94", "N0852", d(5, 3), d(5, 5), started, ended, exit);
    }

    static LocalDate d(int month, int day) {
        return LocalDate.of(2016, month, day);
    }
}
