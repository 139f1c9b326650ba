package org.onedoor.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.onedoor.testsupport.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.security.ApiClients;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Privilege;
import org.onedoor.security.Role;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Hostile input never gets a 5xx. Every handler the application maps (read from Spring MVC's own handler mapping,
 * so a new page is swept without anyone listing it) is sent every parameter and form field it binds with a NUL and
 * an escape in it, and every GET with page numbers at the integer limits, by a person holding every role; then the
 * particular cases: JSON strings, risk codes, media types, /error, names and telephones, and a chunked body over the
 * API limit. On PostgreSQL a NUL used to reach the database and fail there (500).
 */
@IntegrationTest
class HostileInputIntegrationTest {

    private static final String NUL = "Sam\u0000\u001b";
    private static final CurrentUser EVERYONE = new CurrentUser(
            UUID.randomUUID(), "hostile-input", "Hostile input", UUID.randomUUID(), EnumSet.allOf(Role.class));

    /** Another system, holding every privilege an API credential can hold. */
    private static final RequestPostProcessor API = user("api-hostile")
            .authorities(EnumSet.allOf(Privilege.class).stream()
                    .map(privilege -> new SimpleGrantedAuthority(privilege.name()))
                    .toList());

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiClients apiClients;

    @Autowired
    CurrentUsers currentUsers;

    @LocalServerPort
    int port;

    @Test
    void noMappedHandlerAnswers5xxToControlCharactersInItsParameters() {
        List<String> failures = new ArrayList<>();
        int refused = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                mappings.getHandlerMethods().entrySet()) {
            for (String path : paths(mapping.getKey())) {
                for (HttpMethod method : methods(mapping.getKey())) {
                    MockHttpServletRequestBuilder request =
                            request(method, path).with(as(EVERYONE)).with(csrf());
                    parameters(mapping.getValue()).forEach(name -> request.param(name, NUL));
                    int status = send(request, method + " " + path, failures);
                    refused += status == 400 ? 1 : 0;
                }
            }
        }
        assertThat(failures).as("requests answered 5xx").isEmpty();
        assertThat(refused).as("requests refused with 400").isGreaterThan(100);
    }

    @Test
    void noPageAnswers5xxToPageNumbersAtTheIntegerLimits() {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                mappings.getHandlerMethods().entrySet()) {
            if (!methods(mapping.getKey()).contains(HttpMethod.GET)) {
                continue;
            }
            for (String path : paths(mapping.getKey())) {
                for (String limit : List.of(String.valueOf(Integer.MIN_VALUE), String.valueOf(Integer.MAX_VALUE))) {
                    MockHttpServletRequestBuilder request =
                            get(path).with(as(EVERYONE)).param("q", "Sam");
                    for (String name : List.of("page", "size", "from", "outsidePage", "volumePage")) {
                        request.param(name, limit);
                    }
                    send(request, "GET " + path + " page " + limit, failures);
                }
            }
        }
        assertThat(failures).as("requests answered 5xx").isEmpty();
    }

    @Test
    void aControlCharacterInAFormFieldIsNamedAndNothingIsSaved() throws Exception {
        String family = "Hostile" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        CurrentUser spoc =
                new CurrentUser(UUID.randomUUID(), "spoc-hostile", "SPOC", UUID.randomUUID(), Set.of(Role.SPOC_WORKER));
        mvc.perform(post("/referrals/new")
                        .with(as(spoc))
                        .with(csrf())
                        .param("givenName", "Sam\u0000")
                        .param("familyName", family)
                        .param("source", "SELF")
                        .param("substances", "ALCOHOL"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Given name contains a control character")));
        assertThat(jdbc.sql("select count(*) from referral where family_name = ?")
                        .param(family)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aControlCharacterInAPathVariableIsRefused() throws Exception {
        mvc.perform(get("/practices/{odsCode}/menu", "Y9\u00000").with(as(EVERYONE)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aControlCharacterInAJsonStringIsRefusedAtItsPath() throws Exception {
        mvc.perform(post("/api/v1/referrals")
                        .with(API)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"givenName":"Sam","familyName":"Jo\\u0000nes","substances":["ALCOHOL","CRACK\\u0007"]}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.code").value("CONTROL_CHARACTER"))
                .andExpect(jsonPath("$.errors[0].field").value("familyName"));
        mvc.perform(post("/api/v1/referrals")
                        .with(API)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"substances\":[\"ALCOHOL\",\"CRACK\\u0007\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("substances[1]"));
    }

    @Test
    void aNullOrEmptyRiskIsABadRequest() throws Exception {
        for (String risks : List.of("[null]", "[\"\"]", "[\"PREGNANCY\", null]")) {
            mvc.perform(post("/api/v1/referrals")
                            .with(API)
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"givenName\":\"Sam\",\"risks\":" + risks + "}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(hasItems("risks")));
        }
    }

    @Test
    void theApiAnswersUnsupportedMediaTypesWith415AndUnacceptableOnesWith406AsProblems() throws Exception {
        mvc.perform(post("/api/v1/referrals")
                        .with(API)
                        .with(csrf())
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.code").value("UNSUPPORTED_MEDIA_TYPE"));
        mvc.perform(get("/api/v1/practice-offers")
                        .with(API)
                        .accept(MediaType.valueOf("text/csv"))
                        .param("intervention", "EXTENDED_BRIEF_INTERVENTION")
                        .param("substanceGroup", "ALCOHOL"))
                .andExpect(status().isNotAcceptable())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.code").value("NOT_ACCEPTABLE"));
    }

    @Test
    void aControlCharacterEscapedInAnUploadedContractIsRefusedNotAnError() throws Exception {
        String reference =
                "HOSTILE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String yaml = java.nio.file.Files.readString(java.nio.file.Path.of("docs/examples/nel-2016.yaml"))
                .replace("reference: NEL-PCBSMTS-2016", "reference: " + reference)
                .replace("name: Primary-care-based substance misuse treatment services", "name: \"Bad\\0name\"");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/contracts/import")
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "document",
                                "hostile.yaml",
                                "application/yaml",
                                yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(as(EVERYONE))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("control character")));
        assertThat(jdbc.sql("select count(*) from contract where reference = ?")
                        .param(reference)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void signingInWithAControlCharacterIsARefusalNotAnError() throws Exception {
        mvc.perform(post("/sign-in")
                        .with(csrf())
                        .param("username", "adm\u0000in")
                        .param("password", "x\u0000y"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void errorAskedForDirectlyIsAPageThatDoesNotExist() throws Exception {
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
        mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON)).andExpect(status().isNotFound());
        mvc.perform(get("/error").with(as(EVERYONE))).andExpect(status().isNotFound());
    }

    @Test
    void namesWithoutLettersAndTelephonesWithoutDigitsAreRefusedAtTheirFields() throws Exception {
        mvc.perform(post("/api/v1/referrals")
                        .with(API)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"givenName":"12345","familyName":"\\u200b\\u200b","telephone":"abc","source":"GP",
                         "dateOfBirth":"1985-03-27","sex":"FEMALE","substances":["ALCOHOL"],
                         "referrerName":"Dr A","referrerOrganisation":"Surgery"}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("givenName", "familyName", "telephone")))
                .andExpect(jsonPath("$.errors[?(@.field == 'telephone')].code").value(hasItems("TELEPHONE_FORMAT")));
    }

    @Test
    void formsCheckedByBeanValidationRefuseTheSameNamesAndTelephones() throws Exception {
        mvc.perform(post("/directory/staff/new")
                        .with(as(EVERYONE))
                        .with(csrf())
                        .param("givenName", "12345")
                        .param("familyName", "\u200b")
                        .param("jobRole", "Nurse"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a name made of letters")));
        mvc.perform(post("/directory/organisations/new")
                        .with(as(EVERYONE))
                        .with(csrf())
                        .param("type", "GP_PRACTICE")
                        .param("name", "Hostile Surgery")
                        .param("telephone", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a telephone number, like 01632 960 001")));
        mvc.perform(post("/admin/users/new")
                        .with(as(EVERYONE))
                        .with(csrf())
                        .param("username", "hostile-name")
                        .param("displayName", "\u3164"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a name made of letters")));
    }

    @Test
    void aChunkedApiBodyOverTheLimitIsRefusedWith413WhileReading() throws Exception {
        String token = currentUsers
                .actingAs(
                        new CurrentUser(
                                UUID.randomUUID(),
                                "admin-hostile",
                                "Admin",
                                UUID.randomUUID(),
                                Set.of(Role.ADMINISTRATOR)),
                        () -> apiClients.issue(
                                "Hostile " + UUID.randomUUID().toString().substring(0, 8),
                                UUID.randomUUID(),
                                Set.of(Privilege.REFERRAL_SUBMIT)))
                .token();
        byte[] body = ("{\"givenName\":\"Sam\",\"notes\":\"" + "x".repeat(200_000) + "\"}").getBytes();
        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/referrals"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();

        HttpResponse<String> answer = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"code\":\"BODY_TOO_LARGE\"");
    }

    private int send(MockHttpServletRequestBuilder request, String what, List<String> failures) {
        try {
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            if (status >= 500) {
                failures.add(what + " answered " + status);
            }
            return status;
        } catch (Exception thrown) {
            failures.add(what + " threw " + thrown);
            return 500;
        }
    }

    private static Set<String> paths(RequestMappingInfo info) {
        Set<String> paths = new LinkedHashSet<>();
        info.getPatternValues()
                .forEach(pattern -> paths.add(pattern.replaceAll("\\{\\*[^}]+}", "x")
                        .replaceAll("\\{[^}]+}", UUID.randomUUID().toString())));
        return paths;
    }

    private static Set<HttpMethod> methods(RequestMappingInfo info) {
        Set<HttpMethod> methods = new LinkedHashSet<>();
        info.getMethodsCondition().getMethods().forEach(method -> methods.add(HttpMethod.valueOf(method.name())));
        return methods.isEmpty() ? Set.of(HttpMethod.GET, HttpMethod.POST) : methods;
    }

    /** The names a handler binds: its request parameters and the fields of the forms it takes. */
    private static Set<String> parameters(HandlerMethod handler) {
        Set<String> names = new LinkedHashSet<>(List.of("q", "name", "reason"));
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            Class<?> type = parameter.getParameterType();
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : param.value();
                names.add(name.isEmpty() ? String.valueOf(parameter.getParameterName()) : name);
            } else if (parameter.hasParameterAnnotation(PathVariable.class)
                    || BeanUtils.isSimpleProperty(type)
                    || type.getName().startsWith("jakarta.")
                    || type.getName().startsWith("org.springframework.")
                    || type.getName().startsWith("java.")) {
                continue;
            } else if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    names.add(component.getName());
                }
            } else {
                for (var property : BeanUtils.getPropertyDescriptors(type)) {
                    if (!property.getName().equals("class")) {
                        names.add(property.getName());
                    }
                }
            }
        }
        return names;
    }
}
