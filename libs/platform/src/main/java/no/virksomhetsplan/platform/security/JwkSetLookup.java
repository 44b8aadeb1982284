package no.virksomhetsplan.platform.security;

import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;

/**
 * Whether Keycloak has a realm: its JWKS endpoint answers 200 with at least one key. 404 (or any other
 * client error) means no such realm; anything else, or no answer in time, is a failed look-up.
 */
final class JwkSetLookup implements TrustedIssuers.RealmLookup {

    /** A realm's key set is a few kilobytes; anything much larger is not one. */
    private static final int MAX_BODY = 256 * 1024;

    private final Duration timeout;
    private final HttpClient http;

    JwkSetLookup(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public TrustedIssuers.Lookup lookup(String jwkSetUri) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(jwkSetUri)).timeout(timeout)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status == 200) {
                String body = response.body();
                return body.length() <= MAX_BODY && !JWKSet.parse(body).getKeys().isEmpty()
                        ? TrustedIssuers.Lookup.EXISTS : TrustedIssuers.Lookup.MISSING;
            }
            return status >= 400 && status < 500 ? TrustedIssuers.Lookup.MISSING : TrustedIssuers.Lookup.FAILED;
        } catch (ParseException e) {
            return TrustedIssuers.Lookup.MISSING;
        } catch (IOException | IllegalArgumentException e) {
            return TrustedIssuers.Lookup.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return TrustedIssuers.Lookup.FAILED;
        }
    }
}
