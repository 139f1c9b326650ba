package org.onedoor.client.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.AccessDecision;
import org.onedoor.client.ClientIdentity;
import org.onedoor.client.ClientRecord;
import org.onedoor.client.ClientSummary;

/** The JSON shapes of the clients API: records of plain values, never the module's own types. */
final class ClientApiResponses {

    private ClientApiResponses() {}

    /** One page of a search. */
    record ClientList(
            List<ClientListItem> items,
            long totalItems,
            int page,
            int size,
            boolean tooVague,
            List<String> outsideAccess) {}

    record ClientListItem(
            UUID id,
            String reference,
            String name,
            @Nullable String preferredName,
            LocalDate dateOfBirth,
            @Nullable String nhsNumber,
            @Nullable String postcode,
            @Nullable String gpPracticeName) {

        static ClientListItem of(ClientSummary client) {
            return new ClientListItem(
                    client.id(),
                    client.reference(),
                    client.name(),
                    client.preferredName(),
                    client.dateOfBirth(),
                    client.nhsNumber(),
                    client.postcode(),
                    client.gpPracticeName());
        }
    }

    record ClientDetail(
            ClientIdentityItem identity,
            ClientAccessItem access,
            List<ClientCareTeamItem> careTeam,
            List<ClientConsentItem> consents,
            List<ClientAlertItem> alerts,
            List<ClientSealedItem> sealed,
            List<ClientSubstanceItem> substances) {

        static ClientDetail of(ClientRecord record) {
            AccessDecision access = record.access();
            return new ClientDetail(
                    ClientIdentityItem.of(record.identity()),
                    new ClientAccessItem(String.valueOf(access.basis()), access.breakGlassUntil()),
                    record.careTeam().stream()
                            .map(m -> new ClientCareTeamItem(
                                    m.organisationId(),
                                    m.organisationName(),
                                    m.role().name(),
                                    m.role().label(),
                                    m.workerName(),
                                    m.startedOn(),
                                    m.endedOn(),
                                    m.endReason()))
                            .toList(),
                    record.consents().stream()
                            .map(k -> new ClientConsentItem(
                                    k.purpose().name(),
                                    k.decision().name(),
                                    k.decidedOn(),
                                    k.method().name(),
                                    k.capacityAssessed(),
                                    k.reviewOn(),
                                    k.recipient(),
                                    k.inForce(),
                                    k.recordedAt(),
                                    k.recordedBy()))
                            .toList(),
                    record.alerts().stream()
                            .map(a -> new ClientAlertItem(
                                    a.id(),
                                    a.category().name(),
                                    a.description(),
                                    a.raisedOn(),
                                    a.sealedAs() == null ? null : a.sealedAs().name()))
                            .toList(),
                    record.sealed().stream()
                            .map(s -> new ClientSealedItem(s.category().name(), s.where(), s.count(), s.text()))
                            .toList(),
                    record.substances().stream()
                            .map(s -> new ClientSubstanceItem(s.rank(), s.code(), s.label()))
                            .toList());
        }
    }

    record ClientIdentityItem(
            UUID id,
            String reference,
            String legalGivenName,
            String legalFamilyName,
            @Nullable String preferredName,
            LocalDate dateOfBirth,
            String sex,
            @Nullable String genderIdentity,
            @Nullable String nhsNumber,
            @Nullable String ethnicity,
            @Nullable String postcode,
            @Nullable String accommodation,
            @Nullable String address,
            @Nullable String telephone,
            @Nullable String email,
            boolean mayText,
            boolean mayVoicemail,
            boolean mayWrite,
            @Nullable String safeContactNotes,
            @Nullable String gpPracticeOdsCode,
            @Nullable String gpPracticeName,
            @Nullable UUID mergedInto,
            int version) {

        static ClientIdentityItem of(ClientIdentity c) {
            return new ClientIdentityItem(
                    c.id(),
                    c.reference(),
                    c.legalGivenName(),
                    c.legalFamilyName(),
                    c.preferredName(),
                    c.dateOfBirth(),
                    c.sex().name(),
                    c.genderIdentity(),
                    c.nhsNumber(),
                    c.ethnicity(),
                    c.postcode(),
                    c.accommodation(),
                    c.address(),
                    c.contact().telephone(),
                    c.contact().email(),
                    c.contact().mayText(),
                    c.contact().mayVoicemail(),
                    c.contact().mayWrite(),
                    c.safeContactNotes(),
                    c.gpPracticeOdsCode(),
                    c.gpPracticeName(),
                    c.mergedInto() == null ? null : c.mergedInto().value(),
                    c.version());
        }
    }

    /** What the caller's access rests on; breakGlassUntil is set when it is break-glass. */
    record ClientAccessItem(String basis, @Nullable Instant breakGlassUntil) {}

    record ClientCareTeamItem(
            UUID organisationId,
            String organisationName,
            String role,
            String roleLabel,
            @Nullable String workerName,
            LocalDate from,
            @Nullable LocalDate to,
            @Nullable String endReason) {}

    record ClientConsentItem(
            String purpose,
            String decision,
            LocalDate decidedOn,
            String method,
            boolean capacityAssessed,
            @Nullable LocalDate reviewOn,
            @Nullable String recipient,
            boolean inForce,
            Instant recordedAt,
            String recordedBy) {}

    record ClientAlertItem(
            UUID id,
            String category,
            String description,
            LocalDate raisedOn,
            @Nullable String sealedAs) {}

    record ClientSealedItem(String category, String where, long count, String text) {}

    record ClientSubstanceItem(int rank, String code, String label) {}
}
