package org.onedoor.client;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Consent per purpose in the two forms outward flows need (ADR 0006's "one rule, two forms"): a SQL predicate for
 * set-based work (the NDTMS extract, a criminal-justice report, any list that shares) and a Java answer for one
 * client. Both read {@code client_consent_current}: the latest decision not voided is in force, and no decision means
 * no. {@code ConsentPurposesIntegrationTest} proves the two forms agree.
 * <ul>
 * <li>{@link ConsentPurpose#NDTMS}: only clients with consent given are submitted with their details; the extract
 * must also know whether the question was answered at all (NDTMS {@code CONSENT} must be Y or N before export,
 * domain reference 3.6), hence {@link #answered}.</li>
 * <li>{@link ConsentPurpose#CRIMINAL_JUSTICE}: nothing about a client goes to probation, courts or other
 * criminal-justice partners without consent given (domain reference 9); safeguarding overrides are recorded
 * elsewhere, with their justification.</li>
 * <li>{@link ConsentPurpose#FAMILY_CARER}: family-support staff see the linked client and may share about them only
 * with consent given (treatment.family).</li>
 * </ul>
 */
@Component
public class ConsentQuery {

    private static final Pattern COLUMN = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");

    private final JdbcClient jdbc;

    ConsentQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A predicate true where the client in {@code clientColumn} (such as {@code "e.client_key"}) has consent for the
     * purpose given and in force. It binds no parameters, so it drops into any statement.
     */
    public static String given(ConsentPurpose purpose, String clientColumn) {
        return "exists (select 1 from client_consent_current consent_in_force where consent_in_force.client_id = "
                + column(clientColumn) + " and consent_in_force.purpose = '" + purpose.name()
                + "' and consent_in_force.decision = 'GIVEN')";
    }

    /** A predicate true where the client has any decision in force for the purpose (given, refused or withdrawn). */
    public static String answered(ConsentPurpose purpose, String clientColumn) {
        return "exists (select 1 from client_consent_current consent_answered where consent_answered.client_id = "
                + column(clientColumn) + " and consent_answered.purpose = '" + purpose.name() + "')";
    }

    /** The NDTMS extract's predicate: the client consents to national submission. */
    public static String ndtms(String clientColumn) {
        return given(ConsentPurpose.NDTMS, clientColumn);
    }

    /** A criminal-justice report's predicate: the client consents to sharing with criminal-justice partners. */
    public static String criminalJustice(String clientColumn) {
        return given(ConsentPurpose.CRIMINAL_JUSTICE, clientColumn);
    }

    /** Whether the client's consent for the purpose is given and in force now; the Java form of {@link #given}. */
    public boolean allows(UUID clientId, ConsentPurpose purpose) {
        return decision(clientId, purpose).filter(ConsentDecision.GIVEN::equals).isPresent();
    }

    /** The decision in force for the purpose, if any was recorded; the Java form of {@link #answered}. */
    public Optional<ConsentDecision> decision(UUID clientId, ConsentPurpose purpose) {
        return jdbc.sql("select decision from client_consent_current where client_id = ? and purpose = ?")
                .param(clientId)
                .param(purpose.name())
                .query(String.class)
                .optional()
                .map(ConsentDecision::valueOf);
    }

    /** Whether the client may be submitted to NDTMS with their details. */
    public boolean ndtms(UUID clientId) {
        return allows(clientId, ConsentPurpose.NDTMS);
    }

    /** Whether anything about the client may be shared with criminal-justice partners. */
    public boolean criminalJustice(UUID clientId) {
        return allows(clientId, ConsentPurpose.CRIMINAL_JUSTICE);
    }

    private static String column(String clientColumn) {
        if (!COLUMN.matcher(clientColumn).matches()) {
            throw new IllegalArgumentException("Not a column: " + clientColumn);
        }
        return clientColumn;
    }
}
