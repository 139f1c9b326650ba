package org.onedoor.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The referral code lists (sources and substances), read from their tables; only codes still valid are offered. */
@Component
public class ReferralCodes {

    /** Code lists change only by migration, so a minute-old copy is fresh enough and saves two queries a referral. */
    private static final java.time.Duration FRESH_FOR = java.time.Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final java.time.Clock clock;
    private volatile Snapshot snapshot;

    ReferralCodes(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Snapshot(LocalDate on, java.time.Instant readAt, List<Code> sources, List<Code> substances) {}

    private Snapshot snapshot(LocalDate on) {
        Snapshot current = snapshot;
        java.time.Instant now = clock.instant();
        if (current == null
                || !current.on().equals(on)
                || current.readAt().plus(FRESH_FOR).isBefore(now)
                || current.readAt().isAfter(now)) {
            current = new Snapshot(on, now, readSources(on), readSubstances(on));
            snapshot = current;
        }
        return current;
    }

    /** A code list entry; for substances, {@code group} is its practice-menu substance group. */
    public record Code(String code, String label, String group) {}

    public List<Code> sources(LocalDate on) {
        return snapshot(on).sources();
    }

    public List<Code> substances(LocalDate on) {
        return snapshot(on).substances();
    }

    private List<Code> readSources(LocalDate on) {
        return jdbc.sql("""
                select code, label, '' grp from referral_source
                 where valid_to is null or valid_to >= ? order by sort_order
                """)
                .param(on)
                .query((rs, n) -> new Code(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    private List<Code> readSubstances(LocalDate on) {
        return jdbc.sql("""
                select code, label, substance_group grp from referral_substance
                 where valid_to is null or valid_to >= ? order by sort_order
                """)
                .param(on)
                .query((rs, n) -> new Code(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    public Optional<Code> substance(String code, LocalDate on) {
        return substances(on).stream().filter(s -> s.code().equals(code)).findFirst();
    }

    static Map<String, String> labels(List<Code> codes) {
        return codes.stream()
                .collect(java.util.stream.Collectors.toMap(
                        Code::code, Code::label, (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
