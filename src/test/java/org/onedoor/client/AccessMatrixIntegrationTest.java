package org.onedoor.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.testsupport.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.referral.ReferralIntake;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.onedoor.testsupport.NewReferralBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every role × every client-record endpoint and screen × every relationship, from
 * {@code src/test/resources/security/access-matrix.csv}: what is allowed shows the client, what is denied shows
 * nothing of them and saves nothing, and a sealed entry reaches only the roles its seal names.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIntegrationTest {

    private static final String SECRET = "Hepatitis C antibody positive";
    private static final LocalDate BORN = LocalDate.of(1985, 3, 27);

    @Autowired
    MockMvc mvc;

    @Autowired
    ClientFixtures fixtures;

    @Autowired
    CareTeam careTeam;

    @Autowired
    Consents consents;

    @Autowired
    Alerts alerts;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    org.onedoor.treatment.EpisodeManagement episodes;

    @Autowired
    org.onedoor.testsupport.StaffAccounts staff;

    @Autowired
    ReferralIntake intake;

    @Autowired
    org.onedoor.assessment.OutcomeRecording outcomes;

    @Autowired
    org.onedoor.treatment.harmreduction.ClientHarmReduction harmReduction;

    private final Map<Role, CurrentUser> people = new EnumMap<>(Role.class);
    private final Map<String, Setting> settings = new HashMap<>();
    private UUID home;
    private UUID other;

    @BeforeAll
    void setUp() {
        clock.reset();
        home = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        other = fixtures.organisation(OrganisationType.PARTNER_PROVIDER);
        CurrentUser manager = ClientFixtures.person(Role.TEAM_MANAGER, home);
        LocalDate today = LocalDate.now(clock);
        for (Role role : Role.values()) {
            UUID organisation = fixtures.organisation(
                    role == Role.PRACTICE_USER ? OrganisationType.GP_PRACTICE : OrganisationType.PARTNER_PROVIDER);
            CurrentUser person = ClientFixtures.person(role, organisation);
            people.put(role, person);
            for (Relationship relationship : Relationship.values()) {
                String name = ClientFixtures.uniqueName();
                String nhs = ClientFixtures.nhsNumber();
                UUID client = fixtures.client(
                        manager, NewClient.named("Sam", name, BORN, Sex.FEMALE).withNhsNumber(nhs));
                UUID record = currentUsers.actingAs(manager, () -> holistic(client, today));
                UUID bbv = currentUsers.actingAs(manager, () -> bbvTest(client, today));
                currentUsers.actingAs(manager, () -> {
                    relationship.arrange(this, client, person, today);
                    return null;
                });
                settings.put(role + "/" + relationship, new Setting(client, name, nhs, episodeOf(client), record, bbv));
            }
        }
    }

    @Test
    void noRoleSeesAClientItsRelationshipDoesNotAllow() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (String[] row : matrix()) {
            String endpoint = row[0];
            Relationship relationship = Relationship.valueOf(row[1]);
            for (int i = 0; i < Role.values().length; i++) {
                Role role = Role.valueOf(HEADER[i + 2]);
                Setting setting = settings.get(role + "/" + relationship);
                String problem = check(endpoint, row[i + 2], people.get(role), setting);
                if (problem != null) {
                    leaks.add(endpoint + " · " + relationship + " · " + role + ": " + problem);
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    private String check(String endpoint, String expected, CurrentUser person, Setting setting) throws Exception {
        String[] parts = endpoint.split(" ", 2);
        String path = parts[1].replace("{id}", setting.client().toString())
                .replace("{name}", setting.name())
                .replace("{episode}", String.valueOf(setting.episode()))
                .replace("{record}", setting.record().toString())
                .replace("{bbv}", setting.bbv().toString());
        if (path.contains("{reference}")) {
            path = path.replace("{reference}", fixtures.reference(setting.client()));
        }
        if (path.contains("{provider}")) {
            path = path.replace("{provider}", providerOf(setting.episode()).toString())
                    .replace("{month}", java.time.YearMonth.now(clock).toString());
        }
        if (path.contains("{referral}")) {
            path = path.replace("{referral}", referralAbout(setting).toString());
        }
        boolean posting = parts[0].equals("POST");
        long before = posting ? changes(setting.client()) : 0;
        LocalDate today = LocalDate.now(clock);
        MockHttpServletRequestBuilder request = posting
                ? dated(
                        post(path)
                                .with(csrf())
                                .param("purpose", "NDTMS")
                                .param("decision", "GIVEN")
                                .param("method", "VERBAL")
                                .param("category", "OTHER")
                                .param("description", "Matrix test")
                                .param("organisationId", other.toString())
                                .param("role", "PARTNER")
                                .param("providerId", person.organisationId().toString())
                                .param("substance1", "ALCOHOL")
                                .param("voidReason", "Matrix test: entered in error")
                                .param("reason", "Matrix test: entered in error")
                                .param("record", setting.record().toString())
                                .param("item", "housing_goal"),
                        today)
                : get(path);
        MockHttpServletResponse response =
                mvc.perform(request.with(as(person))).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        boolean search = path.contains("?q=") || path.endsWith("/duplicates");
        // a search page echoes the name typed, so a search shows the client when it links to them
        boolean showsClient = search ? body.contains(setting.client().toString()) : body.contains(setting.name());
        switch (expected) {
            case "D":
                if (showsClient) {
                    return "shows the client (status " + response.getStatus() + ")";
                }
                if (!search && response.getStatus() != 403) {
                    return "status " + response.getStatus() + ", expected 403";
                }
                if (posting && changes(setting.client()) != before) {
                    return "saved a change although refused";
                }
                return null;
            case "R":
                if (response.getStatus() != 200 || !body.contains("govuk-error-summary")) {
                    return "status " + response.getStatus() + ", expected the form with the refusal";
                }
                return changes(setting.client()) != before ? "saved a change although refused" : null;
            case "A":
                if (response.getStatus() == 403 || response.getStatus() == 404 || response.getStatus() >= 500) {
                    return "status " + response.getStatus() + ", expected access";
                }
                if (SAVING.contains(endpoint) && changes(setting.client()) == before) {
                    return "status " + response.getStatus() + ", but nothing was saved";
                }
                if ((search || namesTheClient(endpoint)) && !showsClient) {
                    return "does not show the client";
                }
                return null;
            case "B":
                if (response.getStatus() != 200
                        || body.contains(setting.name())
                        || body.contains("href=\"/clients/" + setting.client() + "\"")
                        || !body.contains("/clients/" + setting.client() + "/break-glass")) {
                    return "status " + response.getStatus() + ", expected only the offer to break glass";
                }
                return null;
            case "S":
            case "H":
                if (response.getStatus() != 200 || !showsClient) {
                    return "status " + response.getStatus() + ", expected the record";
                }
                boolean secretShown = body.contains(SECRET);
                if (expected.equals("S") != secretShown) {
                    return secretShown
                            ? "shows the sealed entry"
                            : "hides the sealed entry from a role that may see it";
                }
                return null;
            default:
                throw new IllegalStateException("Unknown cell " + expected);
        }
    }

    /** A new referral for the same person (the same NHS number), so its duplicate check finds the client. */
    private UUID referralAbout(Setting setting) {
        CurrentUser spoc = ClientFixtures.person(Role.SPOC_WORKER, UUID.randomUUID());
        return currentUsers
                .actingAs(
                        spoc,
                        () -> intake.receive(NewReferralBuilder.aReferral()
                                .familyName(setting.name())
                                .born(BORN)
                                .nhsNumber(setting.nhsNumber())
                                .build()))
                .id();
    }

    private static boolean namesTheClient(String endpoint) {
        return endpoint.equals("GET /clients/{id}")
                || endpoint.equals("GET /api/v1/clients/{id}")
                || endpoint.equals("GET /clients/{id}/identity");
    }

    /** Endpoints whose "A" cells must save a change (the care team and episode rows of issue 13). */
    private static final java.util.Set<String> SAVING = java.util.Set.of(
            "POST /clients/{id}/care-team/new",
            "POST /clients/{id}/episodes/new",
            "POST /episodes/{episode}/care-plan-start",
            "POST /clients/{id}/harm-reduction/bbv/{bbv}/void",
            "POST /clients/{id}/care-plan/goals-from-assessment",
            "POST /clients/{id}/outcomes/{record}/void",
            "POST /monitoring/drug-effects/new?clientReference={reference}&substance=Ketamine&whatHappened=Matrix"
                    + "&severity=MILD");

    private long changes(UUID client) {
        return jdbc.sql("select (select count(*) from client_consent where client_id = :c)"
                        + " + (select count(*) from client_alert where client_id = :c)"
                        + " + (select count(*) from client_care_team where client_id = :c)"
                        + " + (select count(*) from treatment_episode where client_id = :c)"
                        + " + (select count(*) from treatment_episode_history h join treatment_episode e"
                        + " on e.id = h.episode_id where e.client_id = :c)"
                        + " + (select count(*) from treatment_bbv_entry where client_id = :c and voided_at is not null)"
                        + " + (select count(*) from treatment_care_plan_goal where client_id = :c)"
                        + " + (select count(*) from assessment_outcome_record where client_id = :c)"
                        + " + (select count(*) from assessment_outcome_record"
                        + " where client_id = :c and voided_at is not null)"
                        + " + (select count(*) from monitoring_drug_effect_report where client_id = :c)")
                .param("c", client)
                .query(Long.class)
                .single();
    }

    private static MockHttpServletRequestBuilder dated(MockHttpServletRequestBuilder request, LocalDate day) {
        for (String field : List.of("startedOn", "referredOn", "triagedOn", "on", "happenedOn")) {
            request = request.param(field + ".day", String.valueOf(day.getDayOfMonth()))
                    .param(field + ".month", String.valueOf(day.getMonthValue()))
                    .param(field + ".year", String.valueOf(day.getYear()));
        }
        return request;
    }

    /** The provider of the setting's episode: the NDTMS extract rows ask for that provider's extract. */
    private UUID providerOf(@org.jspecify.annotations.Nullable UUID episode) {
        return jdbc.sql("select provider_id from treatment_episode where id = ?")
                .param(episode)
                .query(UUID.class)
                .single();
    }

    private @org.jspecify.annotations.Nullable UUID episodeOf(UUID client) {
        return jdbc.sql("select id from treatment_episode where client_id = ?")
                .param(client)
                .query(UUID.class)
                .optional()
                .orElse(null);
    }

    /** Opens an episode for the client at the organisation, as a keyworker of its staff, triaged today. */
    private void openEpisode(UUID client, UUID organisation, LocalDate today) {
        CurrentUser worker = staff.enrol(ClientFixtures.person(Role.RECOVERY_WORKER, organisation));
        currentUsers.actingAs(
                worker,
                () -> episodes.open(new org.onedoor.treatment.NewEpisode(
                        new ClientId(client),
                        null,
                        null,
                        today,
                        today,
                        null,
                        List.of("ALCOHOL"),
                        worker.username(),
                        null,
                        null)));
    }

    private static String[] HEADER;

    private static List<String[]> matrix() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(
                AccessMatrixIntegrationTest.class.getResourceAsStream("/security/access-matrix.csv"),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",");
                if (cells[0].equals("endpoint")) {
                    HEADER = cells;
                } else {
                    rows.add(cells);
                }
            }
        }
        assertThat(HEADER).hasSize(Role.values().length + 2);
        return rows;
    }

    private void grantBreakGlass(UUID client, CurrentUser person, Instant expires) {
        jdbc.sql("""
                insert into client_break_glass (id, client_id, user_id, username, roles, organisation_id, reason,
                    opened_at, expires_at)
                values (?, ?, ?, ?, ?, ?, 'Matrix test emergency', ?, ?)
                """)
                .params(
                        UUID.randomUUID(),
                        client,
                        person.userId(),
                        person.username(),
                        person.roles().iterator().next().name(),
                        person.organisationId(),
                        expires.minus(Duration.ofHours(4)).atOffset(ZoneOffset.UTC),
                        expires.atOffset(ZoneOffset.UTC))
                .update();
    }

    private void join(UUID client, UUID organisation, CareTeamRole role, LocalDate from) {
        careTeam.add(client, new CareTeamMembership(organisation, role, null, null, from, null, null));
    }

    /** A holistic assessment with a housing goal, made by the responsible team, for the outcome and goal rows. */
    private UUID holistic(UUID client, LocalDate today) {
        Map<String, String> answers = new HashMap<>();
        for (String area : List.of(
                "housing",
                "money",
                "transport",
                "food",
                "social",
                "work",
                "family",
                "physical",
                "mental",
                "substances")) {
            answers.put(area + "_rating", "6");
        }
        answers.put("housing_goal", "Keep my tenancy");
        return outcomes.record(
                        client,
                        new org.onedoor.assessment.NewOutcome("holistic", null, "START", today, null, answers, false))
                .id();
    }

    /** A hepatitis C test done, for the row that voids a blood-borne-virus entry. */
    private UUID bbvTest(UUID client, LocalDate today) {
        return harmReduction.recordBbv(
                client,
                new org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvEntry(
                        org.onedoor.treatment.harmreduction.HarmReductionTypes.Virus.HEP_C,
                        org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvKind.TEST,
                        today,
                        org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvStatus.DONE,
                        org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvResult.NEGATIVE,
                        null,
                        false));
    }

    private record Setting(
            UUID client,
            String name,
            String nhsNumber,
            @org.jspecify.annotations.Nullable UUID episode,
            UUID record,
            UUID bbv) {}

    private enum Relationship {
        IN_TEAM {
            void arrange(AccessMatrixIntegrationTest test, UUID client, CurrentUser person, LocalDate today) {
                test.join(client, person.organisationId(), CareTeamRole.RESPONSIBLE, today);
            }
        },
        NOT_IN_TEAM {
            void arrange(AccessMatrixIntegrationTest test, UUID client, CurrentUser person, LocalDate today) {}
        },
        CONSENT_WITHDRAWN {
            void arrange(AccessMatrixIntegrationTest test, UUID client, CurrentUser person, LocalDate today) {
                test.join(client, person.organisationId(), CareTeamRole.PARTNER, today.minusDays(30));
                test.consents.record(
                        client,
                        new ConsentRecord(
                                ConsentPurpose.DIRECT_CARE,
                                ConsentDecision.GIVEN,
                                today.minusDays(30),
                                ConsentMethod.WRITTEN,
                                true,
                                null,
                                null,
                                null));
                test.consents.record(
                        client,
                        new ConsentRecord(
                                ConsentPurpose.DIRECT_CARE,
                                ConsentDecision.WITHDRAWN,
                                today,
                                ConsentMethod.VERBAL,
                                true,
                                null,
                                null,
                                null));
            }
        },
        BREAK_GLASS_ACTIVE {
            void arrange(AccessMatrixIntegrationTest test, UUID client, CurrentUser person, LocalDate today) {
                test.grantBreakGlass(client, person, test.clock.instant().plus(Duration.ofHours(2)));
            }
        },
        BREAK_GLASS_EXPIRED {
            void arrange(AccessMatrixIntegrationTest test, UUID client, CurrentUser person, LocalDate today) {
                test.grantBreakGlass(client, person, test.clock.instant().minus(Duration.ofMinutes(1)));
            }
        },
        EPISODE_HERE {
            void arrange(AccessMatrixIntegrationTest test, UUID client, CurrentUser person, LocalDate today) {
                test.join(client, person.organisationId(), CareTeamRole.RESPONSIBLE, today);
                test.openEpisode(client, person.organisationId(), today);
            }
        },
        EPISODE_ELSEWHERE {
            void arrange(AccessMatrixIntegrationTest test, UUID client, CurrentUser person, LocalDate today) {
                test.join(client, person.organisationId(), CareTeamRole.RESPONSIBLE, today);
                test.openEpisode(client, test.home, today);
            }
        },
        SEALED_ITEM {
            void arrange(AccessMatrixIntegrationTest test, UUID client, CurrentUser person, LocalDate today) {
                test.join(client, person.organisationId(), CareTeamRole.RESPONSIBLE, today);
                test.alerts.raise(
                        client, AlertCategory.BLOOD_BORNE_VIRUS, SECRET, today, SealedCategory.BLOOD_BORNE_VIRUS);
            }
        };

        abstract void arrange(AccessMatrixIntegrationTest test, UUID client, CurrentUser person, LocalDate today);
    }
}
