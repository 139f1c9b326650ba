package org.onedoor.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The self-referral throttle over real HTTP through the embedded server: counted in the database (so every node
 * sees it), only for accepted submissions, and keyed on the client's address as resolved through the trusted
 * proxies only (the test profile trusts 127.0.0.1 alone).
 */
@IntegrationTest
class SelfReferralThrottleIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferralSettings settings;

    @Autowired
    MutableClock clock;

    @Test
    void throughATrustedProxyEachClientAddressIsCountedOnItsOwn() throws Exception {
        Browser browser = new Browser("127.0.0.1");
        String first = documentationAddress();
        for (int i = 0; i < settings.selfReferralsPerAddress(); i++) {
            assertThat(browser.submit(valid(), first)).isEqualTo(302);
        }
        assertThat(browser.submit(valid(), first)).isEqualTo(429);
        assertThat(browser.submit(valid(), documentationAddress())).isEqualTo(302);
    }

    @Test
    void onlyAcceptedSelfReferralsCount() throws Exception {
        Browser browser = new Browser("127.0.0.1");
        String address = documentationAddress();
        Map<String, String> incomplete = valid();
        incomplete.remove("familyName");
        for (int i = 0; i < settings.selfReferralsPerAddress() + 2; i++) {
            assertThat(browser.submit(incomplete, address)).isEqualTo(200);
        }
        assertThat(browser.submit(valid(), address)).isEqualTo(302);
    }

    @Test
    void aForwardedForHeaderFromAnUntrustedAddressIsIgnored() throws Exception {
        Browser browser = new Browser("[::1]");
        assumeTrue(browser.reachable(), "no IPv6 loopback on this machine");
        jdbc.sql("delete from referral_self_referral_submission where source_address = '0:0:0:0:0:0:0:1'")
                .update();
        for (int i = 0; i < settings.selfReferralsPerAddress(); i++) {
            assertThat(browser.submit(valid(), documentationAddress())).isEqualTo(302);
        }
        assertThat(browser.submit(valid(), documentationAddress())).isEqualTo(429);
    }

    @Test
    void everyNodeSeesTheSameCount() {
        String address = documentationAddress();
        SelfReferralThrottle nodeA = new SelfReferralThrottle(jdbc, settings, clock);
        SelfReferralThrottle nodeB = new SelfReferralThrottle(jdbc, settings, clock);
        for (int i = 0; i < settings.selfReferralsPerAddress(); i++) {
            assertThat(nodeA.mayAccept(address)).isTrue();
            nodeA.accepted(address);
        }
        assertThat(nodeB.mayAccept(address)).isFalse();
    }

    private static String documentationAddress() {
        UUID random = UUID.randomUUID();
        return "2001:db8:" + Long.toHexString(random.getMostSignificantBits() & 0xffff) + ":"
                + Long.toHexString(random.getLeastSignificantBits() & 0xffff) + "::7";
    }

    private static Map<String, String> valid() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("source", "SELF");
        form.put("givenName", "Alex");
        form.put("familyName", "Proxy-" + UUID.randomUUID().toString().substring(0, 6));
        form.put("dobDay", "27");
        form.put("dobMonth", "3");
        form.put("dobYear", "1985");
        form.put("sex", "MALE");
        form.put("postcode", "NV1 4AP");
        form.put("substance1", "ALCOHOL");
        form.put("telephone", "01632 960111");
        form.put("mayText", "true");
        return form;
    }

    /** A browser session against the embedded server, posting as if through a proxy that adds X-Forwarded-For. */
    private final class Browser {

        private final HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final String host;

        Browser(String host) {
            this.host = host;
        }

        boolean reachable() {
            try {
                return get().statusCode() == 200;
            } catch (IOException | InterruptedException unreachable) {
                return false;
            }
        }

        int submit(Map<String, String> form, String forwardedFor) throws IOException, InterruptedException {
            Matcher token = CSRF.matcher(get().body());
            assertThat(token.find()).isTrue();
            Map<String, String> fields = new LinkedHashMap<>(form);
            fields.put("_csrf", token.group(1));
            String body = fields.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(
                            HttpRequest.newBuilder(uri())
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .header("X-Forwarded-For", forwardedFor)
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }

        private HttpResponse<String> get() throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri()).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        private URI uri() {
            return URI.create("http://" + host + ":" + port + "/self-referral");
        }
    }
}
