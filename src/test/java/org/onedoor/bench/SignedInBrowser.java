package org.onedoor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An HTTP client that signs in through the real sign-in form and then fetches pages, as a browser would. */
final class SignedInBrowser {

    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final int port;

    SignedInBrowser(int port) {
        this.port = port;
    }

    SignedInBrowser signIn(String username, String password) throws Exception {
        String form = get("/sign-in");
        Matcher input = CSRF_INPUT.matcher(form);
        assertThat(input.find()).as("a _csrf field on the sign-in page").isTrue();
        Matcher csrf = VALUE.matcher(input.group());
        assertThat(csrf.find()).as("the _csrf field's value").isTrue();
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("sign-in redirects").isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse(""))
                .doesNotContain("error")
                .doesNotContain("sign-in");
        return this;
    }

    /** The page's HTML; fails unless it answers 200. */
    String get(String path) throws Exception {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        return response.body();
    }

    /** The CSRF token of the first form on the page (the session's token, valid for every form of the session). */
    String csrf(String path) throws Exception {
        Matcher input = CSRF_INPUT.matcher(get(path));
        assertThat(input.find()).as("a _csrf field on " + path).isTrue();
        Matcher csrf = VALUE.matcher(input.group());
        assertThat(csrf.find()).as("the _csrf field's value").isTrue();
        return csrf.group(1);
    }

    /** POSTs a form (already URL-encoded) and returns where it redirects; fails unless it answers 302. */
    String post(String path, String form) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("POST " + path + " redirects").isEqualTo(302);
        return response.headers().firstValue("Location").orElse("");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
