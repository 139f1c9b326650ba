package org.onedoor.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.onedoor.client.merge.ClientMerge;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.Role;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13 item 14: the NDTMS and criminal-justice consents each have a predicate in the client API, in SQL for sets
 * (the NDTMS extract, a criminal-justice report) and in Java for one client, and the two agree. A refusal or a
 * withdrawal takes a client out of what may be sent; a later consent brings them back; a merged record's consent
 * follows it to the survivor.
 */
@IntegrationTest
class ConsentPurposesIntegrationTest {

    @Autowired
    ClientFixtures fixtures;

    @Autowired
    Consents consents;

    @Autowired
    ConsentQuery query;

    @Autowired
    ClientMerge merges;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    private MergeAndExportFixtures given;
    private CurrentUser manager;

    @BeforeEach
    void setUp() {
        given = fixtures.forMergesAndExports();
        manager = Actors.person(Role.TEAM_MANAGER, given.organisation("Consent Purposes"));
    }

    @ParameterizedTest
    @EnumSource(
            value = ConsentPurpose.class,
            names = {"NDTMS", "CRIMINAL_JUSTICE"})
    void aRefusalTakesTheClientOutOfWhatMayBeSentAndTheJavaAndSqlFormsAgree(ConsentPurpose purpose) {
        Function<String, String> predicate =
                purpose == ConsentPurpose.NDTMS ? ConsentQuery::ndtms : ConsentQuery::criminalJustice;
        UUID consenting = given.client(manager, "Given");
        UUID refusing = given.client(manager, "Refused");
        UUID withdrawing = given.client(manager, "Withdrawn");
        UUID unasked = given.client(manager, "Unasked");
        List<UUID> everyone = List.of(consenting, refusing, withdrawing, unasked);
        decide(consenting, purpose, ConsentDecision.GIVEN);
        decide(refusing, purpose, ConsentDecision.GIVEN);
        decide(refusing, purpose, ConsentDecision.REFUSED);
        decide(withdrawing, purpose, ConsentDecision.GIVEN);
        decide(withdrawing, purpose, ConsentDecision.WITHDRAWN);
        decide(unasked, otherThan(purpose), ConsentDecision.GIVEN);

        assertThat(sendable(predicate.apply("c.id"), everyone)).containsExactly(consenting);
        assertThat(sendable(ConsentQuery.answered(purpose, "c.id"), everyone))
                .containsExactlyInAnyOrder(consenting, refusing, withdrawing);
        Map<UUID, Boolean> java = new LinkedHashMap<>();
        everyone.forEach(
                id -> java.put(id, purpose == ConsentPurpose.NDTMS ? query.ndtms(id) : query.criminalJustice(id)));
        assertThat(java)
                .containsEntry(consenting, true)
                .containsEntry(refusing, false)
                .containsEntry(withdrawing, false)
                .containsEntry(unasked, false);
        assertThat(query.decision(refusing, purpose)).contains(ConsentDecision.REFUSED);
        assertThat(query.decision(unasked, purpose)).isEqualTo(Optional.empty());

        decide(refusing, purpose, ConsentDecision.GIVEN);
        assertThat(sendable(predicate.apply("c.id"), everyone)).containsExactlyInAnyOrder(consenting, refusing);

        given.as(manager, () -> merges.merge(unasked, consenting, "Same person"));
        assertThat(sendable(predicate.apply("c.id"), everyone)).containsExactlyInAnyOrder(unasked, refusing);
        assertThat(purpose == ConsentPurpose.NDTMS ? query.ndtms(unasked) : query.criminalJustice(unasked))
                .isTrue();
    }

    private List<UUID> sendable(String predicate, List<UUID> among) {
        return jdbc.sql("select c.id from client c where c.id in (:ids) and " + predicate)
                .param("ids", among)
                .query(UUID.class)
                .list();
    }

    private void decide(UUID client, ConsentPurpose purpose, ConsentDecision decision) {
        clock.advance(Duration.ofSeconds(1));
        given.run(
                manager,
                () -> consents.record(
                        client,
                        new ConsentRecord(
                                purpose, decision, given.today(), ConsentMethod.VERBAL, true, null, null, null)));
    }

    private static ConsentPurpose otherThan(ConsentPurpose purpose) {
        return purpose == ConsentPurpose.NDTMS ? ConsentPurpose.CRIMINAL_JUSTICE : ConsentPurpose.NDTMS;
    }
}
