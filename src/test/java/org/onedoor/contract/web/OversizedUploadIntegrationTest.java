package org.onedoor.contract.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.NewUserAccount;
import org.onedoor.security.Role;
import org.onedoor.security.UserAccounts;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.OrganisationBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A contract document bigger than Spring's default 1 MB multipart limit, sent over real HTTP (MockMvc does not apply
 * the servlet container's limits): the import form comes back with the size in its error summary.
 */
@IntegrationTest
class OversizedUploadIntegrationTest {

    private static final String PASSWORD = "upload-test-password";
    private static final CurrentUser SET_UP =
            new CurrentUser(new UUID(0, 7), "set-up", "Set-up", new UUID(0, 7), Set.of(Role.ADMINISTRATOR));
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Directory directory;

    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void anOversizedContractDocumentComesBackToTheFormWithItsLimit() throws Exception {
        signIn(commissioner());
        String token = csrf(get("/contracts").body());
        String boundary = "----onedoor" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"document\"; filename=\"big.yaml\""
                + "\r\nContent-Type: text/yaml\r\n\r\n" + "# padding\n".repeat(200_000) + "\r\n--" + boundary
                + "--\r\n";
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(url("/contracts/import"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(body.length()).isGreaterThan(1024 * 1024);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("govuk-error-summary", "The file must be smaller than 256 KB", "Import a contract document")
                .doesNotContain("Exception");
    }

    private String commissioner() {
        String username = "upload-" + UUID.randomUUID().toString().substring(0, 8);
        currentUsers.actingAs(SET_UP, () -> {
            UUID council = directory.registerOrganisation(OrganisationBuilder.a(OrganisationType.COUNCIL_COMMISSIONER)
                    .named("Upload Council " + username)
                    .at("1 Test Street", "Northvale", "NV1 1AA")
                    .build());
            return accounts.open(new NewUserAccount(
                    username, "Test commissioner", PASSWORD, council, null, Set.of(Role.COMMISSIONER)));
        });
        return username;
    }

    private void signIn(String username) throws Exception {
        String token = csrf(get("/sign-in").body());
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(url("/sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + username + "&password=" + PASSWORD + "&_csrf=" + token))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return matcher.group(1);
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
