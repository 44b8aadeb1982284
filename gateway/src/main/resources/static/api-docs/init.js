// The list of documents comes from the gateway's routes, so a new service appears here without a change.
// An external file, not an inline script: the Content-Security-Policy allows scripts from 'self' only.
fetch('/api-docs/services')
  .then(function (response) { return response.json(); })
  .then(function (services) {
    window.ui = SwaggerUIBundle({
      urls: services,
      dom_id: '#swagger-ui',
      deepLinking: true,
      presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
      layout: 'StandaloneLayout',
      // No calls to the public validator: the policy allows connections to this origin and the identity providers only.
      validatorUrl: null,
      persistAuthorization: false
    });
  });
