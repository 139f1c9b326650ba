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

    private final JdbcClient jdbc;

    ReferralCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A code list entry; for substances, {@code group} is its practice-menu substance group. */
    public record Code(String code, String label, String group) {
    }

    public List<Code> sources(LocalDate on) {
        return jdbc.sql("""
                select code, label, '' grp from referral_source
                 where valid_to is null or valid_to >= ? order by sort_order
                """).param(on).query((rs, n) -> new Code(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    public List<Code> substances(LocalDate on) {
        return jdbc.sql("""
                select code, label, substance_group grp from referral_substance
                 where valid_to is null or valid_to >= ? order by sort_order
                """).param(on).query((rs, n) -> new Code(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    public Optional<Code> substance(String code, LocalDate on) {
        return substances(on).stream().filter(s -> s.code().equals(code)).findFirst();
    }

    static Map<String, String> labels(List<Code> codes) {
        return codes.stream().collect(java.util.stream.Collectors.toMap(Code::code, Code::label,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
