package org.onedoor.site;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The title page of OneDoor's OpenAPI 3.1 description, served at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "OneDoor API",
                        version = "v1",
                        description =
                                "JSON API of OneDoor, the shared information system of a drug and alcohol treatment "
                                        + "partnership. Errors are RFC 9457 problem details with a stable type, a code and the fields at fault.",
                        license = @License(name = "Open source")),
        security = @SecurityRequirement(name = "apiClientToken"))
@SecurityScheme(
        name = "apiClientToken",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "An API client credential issued by a OneDoor administrator (User accounts → API clients), "
                + "sent as 'Authorization: Bearer <token>'. It carries only the privileges it was issued with.")
class ApiDescription {}
