package org.onedoor.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.onedoor.testsupport.Actors.as;
import static org.onedoor.testsupport.Actors.person;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.NewReferralBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Each test uses its own random date of birth and NHS number, so other tests' referrals never match. */
@IntegrationTest
class DuplicateCandidatesIntegrationTest {

    private static final CurrentUser SPOC = new CurrentUser(
            new UUID(0, 32), "duplicates-test", "Duplicates tester", new UUID(0, 32), Set.of(Role.SPOC_WORKER));

    @Autowired
    ReferralIntake intake;

    @Autowired
    DuplicateCandidates duplicates;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void theSameNhsNumberMatchesWhateverTheNameAndComesFirst() {
        LocalDate born = randomBirthday();
        String nhs = randomTestNhsNumber();
        UUID me = receive("Jo", "Smith", born, Sex.FEMALE, nhs);
        UUID sameNumber = receive("Kim", "Brown", born.minusYears(1), Sex.MALE, nhs);
        UUID sameInitials = receive("Jane", "Summers", born, Sex.FEMALE, null);
        List<DuplicateCandidate> found = candidatesFor(me);
        assertThat(found).extracting(DuplicateCandidate::referralId).containsExactly(sameNumber, sameInitials);
        assertThat(found.get(0).reason()).isEqualTo("Same NHS number");
        assertThat(found.get(0).name()).isEqualTo("Kim Brown");
    }

    @Test
    void theNdtmsAttributorMatchesInitialsDateOfBirthAndSex() {
        LocalDate born = randomBirthday();
        UUID me = receive("Jo", "Smith", born, Sex.FEMALE, null);
        UUID attributor = receive("jane", "summers", born, Sex.FEMALE, null);
        UUID otherSex = receive("Jake", "Sands", born, Sex.MALE, null);
        List<DuplicateCandidate> found = candidatesFor(me);
        assertThat(found).extracting(DuplicateCandidate::referralId).containsExactly(attributor);
        assertThat(found.get(0).reason()).isEqualTo("Same initials, date of birth and sex");
        assertThat(found).extracting(DuplicateCandidate::referralId).doesNotContain(otherSex);
    }

    @Test
    void aSimilarOrSwappedNameWithTheSameDateOfBirthMatches() {
        LocalDate born = randomBirthday();
        UUID me = receive("Jo", "O'Connor", born, Sex.FEMALE, null);
        UUID respelt = receive("Alex", "Oconnell", born, Sex.MALE, null);
        UUID swapped = receive("O'Connor", "Jo", born, Sex.MALE, null);
        UUID differentName = receive("Alex", "Ward", born, Sex.MALE, null);
        List<DuplicateCandidate> found = candidatesFor(me);
        assertThat(found).extracting(DuplicateCandidate::referralId).containsExactlyInAnyOrder(respelt, swapped);
        assertThat(found).extracting(DuplicateCandidate::reason).containsOnly("Similar name, same date of birth");
        assertThat(found).extracting(DuplicateCandidate::referralId).doesNotContain(differentName);
    }

    @Test
    void aDifferentDateOfBirthIsNotACandidate() {
        LocalDate born = randomBirthday();
        UUID me = receive("Jo", "Smith", born, Sex.FEMALE, null);
        receive("Jo", "Smith", born.plusDays(1), Sex.FEMALE, null);
        receive("Jo", "Smithson", born.minusYears(10), Sex.FEMALE, randomTestNhsNumber());
        assertThat(candidatesFor(me)).isEmpty();
    }

    @Test
    void voidedAndClosedReferralsAreNotListed() {
        LocalDate born = randomBirthday();
        String nhs = randomTestNhsNumber();
        UUID me = receive("Jo", "Smith", born, Sex.FEMALE, nhs);
        UUID voided = receive("Jo", "Smith", born, Sex.FEMALE, nhs);
        UUID closed = receive("Jo", "Smith", born, Sex.FEMALE, nhs);
        UUID accepted = receive("Jo", "Smith", born, Sex.FEMALE, nhs);
        jdbc.sql("update referral set voided_at = ?, voided_by = 'test', void_reason = 'Entered twice' where id = ?")
                .params(OffsetDateTime.parse("2026-11-23T12:00:00Z"), voided)
                .update();
        jdbc.sql("update referral set status = 'CLOSED' where id = ?")
                .param(closed)
                .update();
        jdbc.sql("update referral set status = 'ACCEPTED' where id = ?")
                .param(accepted)
                .update();
        assertThat(candidatesFor(me)).extracting(DuplicateCandidate::referralId).containsExactly(accepted);
    }

    @Test
    void thePanelComesAsAnHtmxFragmentOrAsAPage() throws Exception {
        LocalDate born = randomBirthday();
        String nhs = randomTestNhsNumber();
        UUID me = receive("Jo", "Smith", born, Sex.FEMALE, nhs);
        UUID other = receive("Jo", "Smith", born, Sex.FEMALE, nhs);
        UUID alone = receive("Sol", "Nobody", randomBirthday(), Sex.MALE, null);
        String otherReference = jdbc.sql("select reference from referral where id = ?")
                .param(other)
                .query(String.class)
                .single();
        CurrentUser spoc = person(Role.SPOC_WORKER, UUID.randomUUID());
        mvc.perform(get("/referrals/{id}/duplicates", me)
                        .header("HX-Request", "true")
                        .with(as(spoc)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/referrals/" + other + "\"")))
                .andExpect(content().string(containsString(otherReference)))
                .andExpect(content().string(containsString("Same NHS number")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/referrals/{id}/duplicates", me).with(as(spoc)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Possible duplicates")))
                .andExpect(content().string(containsString(otherReference)));
        mvc.perform(get("/referrals/{id}/duplicates", alone)
                        .header("HX-Request", "true")
                        .with(as(spoc)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No possible duplicate referrals found")));
        mvc.perform(get("/referrals/{id}/duplicates", UUID.randomUUID()).with(as(spoc)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/referrals/{id}/duplicates", me).with(as(person(Role.PRACTICE_USER, UUID.randomUUID()))))
                .andExpect(status().isForbidden());
    }

    private List<DuplicateCandidate> candidatesFor(UUID id) {
        return currentUsers.actingAs(SPOC, () -> duplicates.candidatesFor(id));
    }

    private UUID receive(String given, String family, LocalDate born, Sex sex, @Nullable String nhsNumber) {
        NewReferral referral = NewReferralBuilder.aReferral()
                .named(given, family)
                .born(born)
                .sex(sex)
                .nhsNumber(nhsNumber)
                .build();
        return currentUsers.actingAs(SPOC, () -> intake.receive(referral)).id();
    }

    private static LocalDate randomBirthday() {
        return LocalDate.of(1931, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365 * 50));
    }

    /** A valid NHS number (Modulus 11) in the 999 test range, which the test profile accepts. */
    private static String randomTestNhsNumber() {
        while (true) {
            String first =
                    "999" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (first.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                return first + "0";
            }
            if (check != 10) {
                return first + check;
            }
        }
    }
}
