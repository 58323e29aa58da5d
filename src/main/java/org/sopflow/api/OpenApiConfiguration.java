package org.sopflow.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api} at {@code /api/openapi.json} (springdoc, from the
 * controllers), its UI at {@code /api/docs}; both behind the same login as the API itself.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI sopFlowApi() {
    return new OpenAPI()
        .info(new Info().title("SOP Flow API").version("1")
            .description("The SOPs, their documents and evaluation, SOP timing and the maladministration log."
                + " Camunda's own REST API is at /engine-rest. Errors are RFC 9457 problem details.")
            .license(new License().name("Apache-2.0")))
        .components(new Components().addSecuritySchemes("basic",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("A Camunda user; for GET also the Tasklist or Cockpit session")))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }
}
