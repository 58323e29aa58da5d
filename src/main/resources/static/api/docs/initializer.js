// Swagger UI on this server's OpenAPI document; validatorUrl null, so it calls no outside validator.
window.onload = function () {
  window.ui = SwaggerUIBundle({
    // from the origin, so a page opened as http://user:password@host/... can still fetch it
    url: window.location.origin + "/api/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: "StandaloneLayout"
  });
};
