package org.onedoor.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published API description is a golden file, so every API change shows in review. Rewrite it with
 * {@code -Dgolden.update=true} and read the diff like code.
 */
@IntegrationTest
class OpenApiIntegrationTest {

    private static final Path GOLDEN = Path.of("src/test/resources/api/openapi.json");
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Autowired
    MockMvc mvc;

    @Test
    void apiDescriptionMatchesTheReviewedGoldenFile() throws Exception {
        String body =
                mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode document = JSON.readTree(body);
        ((ObjectNode) document).remove("servers");
        String actual = JSON.writeValueAsString(document) + "\n";
        assertThat(document.path("openapi").asString()).startsWith("3.1");
        assertThat(document.path("paths").has("/api/v1/practice-offers")).isTrue();
        if (Boolean.getBoolean("golden.update") || !Files.exists(GOLDEN)) {
            Files.writeString(GOLDEN, actual);
        }
        assertThat(actual).isEqualTo(Files.readString(GOLDEN));
    }
}
