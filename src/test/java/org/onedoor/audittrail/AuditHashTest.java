package org.onedoor.audittrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.audittrail.AuditEntryBuilder.from;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditHashTest {

    static final UUID ID = UUID.fromString("6f1c2a34-9b1e-4c55-a0d2-3e4f5a6b7c8d");
    static final UUID ORG = UUID.fromString("11111111-2222-3333-4444-555555555555");
    static final UUID CLIENT = UUID.fromString("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
    static final Instant AT = Instant.parse("2026-11-23T16:00:00.123456Z");

    static AuditEntry entry() {
        return new AuditEntry(
                7,
                ID,
                AT,
                "ig-lead",
                "IG_LEAD",
                ORG,
                "VIEW",
                "CLIENT",
                CLIENT,
                "Direct care",
                null,
                "10.0.0.1",
                AuditHash.GENESIS);
    }

    @Test
    void genesisIsSixtyFourZeros() {
        assertThat(AuditHash.GENESIS).hasSize(64).matches("0+");
    }

    @Test
    void hashesWithSha256InLowerCaseHex() {
        assertThat(AuditHash.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void writesEveryFieldWithItsLengthInAFixedOrder() {
        assertThat(AuditHash.canonical(entry())).isEqualTo("""
                onedoor-audit-v1
                seq:1:7
                id:36:6f1c2a34-9b1e-4c55-a0d2-3e4f5a6b7c8d
                recorded_at:27:2026-11-23T16:00:00.123456Z
                username:7:ig-lead
                roles:7:IG_LEAD
                organisation_id:36:11111111-2222-3333-4444-555555555555
                action:4:VIEW
                subject_kind:6:CLIENT
                subject_id:36:aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee
                purpose:11:Direct care
                detail:null
                source_address:8:10.0.0.1
                previous_hash:64:%s
                """.formatted(AuditHash.GENESIS));
        assertThat(AuditHash.entryHash(entry()))
                .isEqualTo(AuditHash.sha256(AuditHash.canonical(entry())))
                .hasSize(64)
                .matches("[0-9a-f]+");
    }

    @Test
    void theSameEntryAlwaysHashesTheSame() {
        assertThat(AuditHash.entryHash(entry())).isEqualTo(AuditHash.entryHash(entry()));
    }

    @Test
    void anyChangeToAFieldOrToThePreviousHashChangesTheHash() {
        AuditEntry e = entry();
        String original = AuditHash.entryHash(e);
        assertThat(AuditHash.entryHash(from(e).seq(8).build())).isNotEqualTo(original);
        assertThat(AuditHash.entryHash(from(e).detail("changed").build())).isNotEqualTo(original);
        assertThat(AuditHash.entryHash(
                        from(e).recordedAt(e.recordedAt().plusNanos(1000)).build()))
                .isNotEqualTo(original);
        assertThat(AuditHash.entryHash(from(e).action("EXPORT").build())).isNotEqualTo(original);
        assertThat(AuditHash.entryHash(from(e).previousHash("1".repeat(64)).build()))
                .isNotEqualTo(original);
    }

    @Test
    void anAbsentFieldDiffersFromTheWordNullAndTextCannotMoveBetweenFields() {
        AuditEntry e = entry();
        AuditEntry wordNull = from(e).detail("null").build();
        assertThat(AuditHash.entryHash(wordNull)).isNotEqualTo(AuditHash.entryHash(e));

        AuditEntry split1 = from(e).purpose("ab").detail("c").build();
        AuditEntry split2 = from(e).purpose("a").detail("bc").build();
        assertThat(AuditHash.entryHash(split1)).isNotEqualTo(AuditHash.entryHash(split2));
    }

    @Test
    void hashesInstantsAtTheMicrosecondsTheDatabaseKeeps() {
        AuditEntry e = entry();
        AuditEntry withNanos = from(e).recordedAt(AT.plusNanos(789)).build();
        assertThat(AuditHash.entryHash(withNanos)).isEqualTo(AuditHash.entryHash(e));
        assertThat(AuditHash.storable(AT.plusNanos(789))).isEqualTo(AT);
        assertThat(AuditHash.canonical(from(e).recordedAt(Instant.parse("2026-01-01T00:00:00Z"))
                        .build()))
                .contains("recorded_at:27:2026-01-01T00:00:00.000000Z");
    }
}
