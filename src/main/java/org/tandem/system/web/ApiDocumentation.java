package org.tandem.system.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI description at {@code /v3/api-docs} says about the API as a whole:
 * every call takes a personal token (or the browser's session).
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Tandem API", version = "v1",
		description = "Intergenerational digital-skills programmes. Errors are RFC 9457 problem details.",
		license = @License(name = "Apache-2.0")), security = @SecurityRequirement(name = "personalToken"))
@SecurityScheme(name = "personalToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "A personal API token made under 'API tokens' in Tandem")
class ApiDocumentation {

}
