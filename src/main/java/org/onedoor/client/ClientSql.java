package org.onedoor.client;

import static org.onedoor.shared.Text.tidy;

import org.jspecify.annotations.Nullable;
import org.onedoor.shared.ContactDetails;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** The client row's insert and update, with the parameters both take from a {@link NewClient}. */
final class ClientSql {

    static final String INSERT = """
            insert into client (id, reference, legal_given_name, legal_family_name, preferred_name, date_of_birth, sex,
                gender_identity, nhs_number, ethnicity, postcode, accommodation, address, telephone, email, may_text,
                may_voicemail, may_write, safe_contact_notes, gp_practice_id, search_family, search_family3,
                search_given, version, created_at, created_by)
            values (:id, :reference, :givenName, :familyName, :preferredName, :dateOfBirth, :sex, :genderIdentity,
                :nhsNumber, :ethnicity, :postcode, :accommodation, :address, :telephone, :email, :mayText,
                :mayVoicemail, :mayWrite, :safeContactNotes, :gpPracticeId, :searchFamily, :searchFamily3,
                :searchGiven, 0, :at, :by)
            """;

    static final String UPDATE = """
            update client set legal_given_name = :givenName, legal_family_name = :familyName,
                   preferred_name = :preferredName, date_of_birth = :dateOfBirth, sex = :sex,
                   gender_identity = :genderIdentity, nhs_number = :nhsNumber, ethnicity = :ethnicity,
                   postcode = :postcode, accommodation = :accommodation, address = :address, telephone = :telephone,
                   email = :email, may_text = :mayText, may_voicemail = :mayVoicemail, may_write = :mayWrite,
                   safe_contact_notes = :safeContactNotes, gp_practice_id = :gpPracticeId,
                   search_family = :searchFamily, search_family3 = :searchFamily3, search_given = :searchGiven,
                   version = version + 1, changed_at = :at, changed_by = :by
             where id = :id and version = :version and voided_at is null and merged_into is null
            """;

    private ClientSql() {}

    static MapSqlParameterSource params(NewClient client, @Nullable String nhsNumber) {
        String family = SearchNames.family(client.legalFamilyName());
        String given = SearchNames.normalise(
                client.legalGivenName() + " " + (client.preferredName() == null ? "" : client.preferredName()));
        ContactDetails contact = client.contact().tidied();
        return new MapSqlParameterSource()
                .addValue("givenName", client.legalGivenName().strip())
                .addValue("familyName", client.legalFamilyName().strip())
                .addValue("preferredName", tidy(client.preferredName()))
                .addValue("dateOfBirth", client.dateOfBirth())
                .addValue("sex", client.sex().name())
                .addValue("genderIdentity", tidy(client.genderIdentity()))
                .addValue("nhsNumber", nhsNumber)
                .addValue("ethnicity", tidy(client.ethnicity()))
                .addValue("postcode", postcode(client.postcode()))
                .addValue("accommodation", tidy(client.accommodation()))
                .addValue("address", tidy(client.address()))
                .addValue("telephone", contact.telephone())
                .addValue("email", contact.email())
                .addValue("mayText", contact.mayText())
                .addValue("mayVoicemail", contact.mayVoicemail())
                .addValue("mayWrite", contact.mayWrite())
                .addValue("safeContactNotes", tidy(client.safeContactNotes()))
                .addValue("gpPracticeId", client.gpPracticeId())
                .addValue("searchFamily", family)
                .addValue("searchFamily3", SearchNames.first3(family))
                .addValue("searchGiven", given);
    }

    /** Upper case with one space before the inward code: "ls14ap" becomes "LS1 4AP". */
    static @Nullable String postcode(@Nullable String typed) {
        String plain = tidy(typed);
        if (plain == null) {
            return null;
        }
        String compact = plain.replace(" ", "").toUpperCase(java.util.Locale.UK);
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }
}
