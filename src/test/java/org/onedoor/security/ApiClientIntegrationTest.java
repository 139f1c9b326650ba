package org.onedoor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.security.ApiClients.IssuedApiClient;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class ApiClientIntegrationTest {

    static final CurrentUser ADMIN = new CurrentUser(
            UUID.randomUUID(), "api-client-admin", "Api Admin", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR));

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiClients clients;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void keepsOnlyTheSha256OfTheTokenItIssues() throws Exception {
        IssuedApiClient issued = issue(EnumSet.of(Privilege.DIRECTORY_VIEW));

        assertThat(issued.token())
                .startsWith("od_")
                .hasSizeGreaterThanOrEqualTo(3 + 43)
                .matches("od_[A-Za-z0-9_-]+");
        var row = jdbc.sql("select token_hash, token_prefix, privileges, created_by from api_client where id = ?")
                .param(issued.id())
                .query()
                .singleRow();
        String expected = java.util.HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(issued.token().getBytes(StandardCharsets.UTF_8)));
        assertThat(row.get("token_hash")).isEqualTo(expected).isNotEqualTo(issued.token());
        assertThat(row.get("token_prefix")).isEqualTo(issued.token().substring(0, 8));
        assertThat(row.get("privileges")).isEqualTo("DIRECTORY_VIEW");
        assertThat(row.get("created_by")).isEqualTo("api-client-admin");
        assertThat(jdbc.sql("select count(*) from api_client where token_hash = ? or token_prefix = ?")
                        .params(issued.token(), issued.token())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(issued.toString()).doesNotContain(issued.token());
        assertThat(issue(EnumSet.of(Privilege.DIRECTORY_VIEW)).token()).isNotEqualTo(issued.token());
    }

    @Test
    void aClientHoldingDirectoryViewReadsPracticeOffersWithoutASession() throws Exception {
        IssuedApiClient issued = issue(EnumSet.of(Privilege.DIRECTORY_VIEW));

        MvcResult result = mvc.perform(offers().header(HttpHeaders.AUTHORIZATION, "Bearer " + issued.token()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.intervention").value("BRIEF_ADVICE"))
                .andExpect(jsonPath("$.items").isArray())
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(summary(issued).lastUsedAt()).isEqualTo(clock.instant());
    }

    @Test
    void aRevokedTokenIsRefusedWithProblemDetails() throws Exception {
        IssuedApiClient issued = issue(EnumSet.of(Privilege.DIRECTORY_VIEW));
        currentUsers.actingAs(ADMIN, () -> {
            clients.revoke(issued.id(), "The practice changed its GP system");
            return null;
        });

        mvc.perform(offers().header(HttpHeaders.AUTHORIZATION, "Bearer " + issued.token()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\""))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://onedoor.example/problems/api-token-invalid"))
                .andExpect(jsonPath("$.title").value("Unauthorized"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value("The API token is not recognised or was revoked"))
                .andExpect(jsonPath("$.code").value("API_TOKEN_INVALID"));
        ApiClientSummary revoked = summary(issued);
        assertThat(revoked.active()).isFalse();
        assertThat(revoked.revokeReason()).isEqualTo("The practice changed its GP system");
        assertThat(revoked.revokedBy()).isEqualTo("api-client-admin");
    }

    @Test
    void anUnknownOrEmptyTokenIsRefused() throws Exception {
        IssuedApiClient issued = issue(EnumSet.of(Privilege.DIRECTORY_VIEW));
        for (String token : new String[] {issued.token() + "x", "od_" + UUID.randomUUID(), "not-a-token", ""}) {
            mvc.perform(offers().header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.code").value("API_TOKEN_INVALID"));
        }
    }

    @Test
    void aClientWithoutDirectoryViewIsForbidden() throws Exception {
        IssuedApiClient issued = issue(EnumSet.of(Privilege.REFERRAL_SUBMIT));

        mvc.perform(offers().header(HttpHeaders.AUTHORIZATION, "Bearer " + issued.token()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_REFUSED"));
    }

    @Test
    void anApiRequestWithNoTokenAndNoSessionIsUnauthorised() throws Exception {
        mvc.perform(offers()).andExpect(status().isUnauthorized());
        mvc.perform(offers().header(HttpHeaders.AUTHORIZATION, "Basic YWRtaW46cGFzc3dvcmQ="))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void bearerRequestsSkipCsrfButSessionRequestsKeepIt() throws Exception {
        IssuedApiClient issued = issue(EnumSet.of(Privilege.DIRECTORY_VIEW));

        int bearer = mvc.perform(
                        post("/api/v1/practice-offers").header(HttpHeaders.AUTHORIZATION, "Bearer " + issued.token()))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(bearer).isNotIn(401, 403);
        mvc.perform(post("/api/v1/practice-offers")
                        .with(user("someone").authorities(() -> Privilege.DIRECTORY_VIEW.name())))
                .andExpect(status().isForbidden());
    }

    @Test
    void recordsLastUseAtMostOnceAMinute() throws Exception {
        IssuedApiClient issued = issue(EnumSet.of(Privilege.DIRECTORY_VIEW));
        Instant now = clock.instant();
        setLastUsed(issued, now.minusSeconds(30));
        mvc.perform(offers().header(HttpHeaders.AUTHORIZATION, "Bearer " + issued.token()))
                .andExpect(status().isOk());
        assertThat(summary(issued).lastUsedAt()).isEqualTo(now.minusSeconds(30));

        setLastUsed(issued, now.minus(Duration.ofMinutes(2)));
        mvc.perform(offers().header(HttpHeaders.AUTHORIZATION, "Bearer " + issued.token()))
                .andExpect(status().isOk());
        assertThat(summary(issued).lastUsedAt()).isEqualTo(now);
    }

    @Test
    void grantsOnlyWhitelistedPrivilegesAndNeedsAReasonToRevoke() {
        assertThatThrownBy(() -> issue(EnumSet.of(Privilege.DIRECTORY_VIEW, Privilege.USER_MANAGE)))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("may only");
        assertThatThrownBy(() -> issue(EnumSet.noneOf(Privilege.class))).isInstanceOf(DomainRuleViolation.class);
        IssuedApiClient issued = issue(EnumSet.of(Privilege.REFERRAL_SUBMIT));
        assertThatThrownBy(() -> currentUsers.actingAs(ADMIN, () -> {
                    clients.revoke(issued.id(), "   ");
                    return null;
                }))
                .isInstanceOf(DomainRuleViolation.class)
                .satisfies(e -> assertThat(((DomainRuleViolation) e).field()).isEqualTo("reason"));
        assertThat(summary(issued).active()).isTrue();
    }

    @Test
    void onlyUserManagersIssueOrListCredentials() {
        CurrentUser worker = new CurrentUser(
                UUID.randomUUID(), "api-client-worker", "Worker", UUID.randomUUID(), Set.of(Role.SPOC_WORKER));
        assertThatThrownBy(() -> currentUsers.actingAs(
                        worker,
                        () -> clients.issue("Sneaky system", UUID.randomUUID(), EnumSet.of(Privilege.DIRECTORY_VIEW))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> currentUsers.actingAs(worker, () -> clients.list(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private IssuedApiClient issue(Set<Privilege> privileges) {
        String name = "GP system " + UUID.randomUUID().toString().substring(0, 8);
        return currentUsers.actingAs(ADMIN, () -> clients.issue(name, UUID.randomUUID(), privileges));
    }

    private ApiClientSummary summary(IssuedApiClient issued) {
        return currentUsers.actingAs(ADMIN, () -> clients.find(issued.id())).orElseThrow();
    }

    private void setLastUsed(IssuedApiClient issued, Instant at) {
        jdbc.sql("update api_client set last_used_at = ? where id = ?")
                .params(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), issued.id())
                .update();
    }

    private static MockHttpServletRequestBuilder offers() {
        return get("/api/v1/practice-offers")
                .param("intervention", "BRIEF_ADVICE")
                .param("substanceGroup", "ALCOHOL")
                .accept(MediaType.APPLICATION_JSON);
    }
}
