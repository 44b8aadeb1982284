package no.virksomhetsplan.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gateway's own settings (defaults in {@code application.yml}).
 *
 * @param cors      which browser origins may call the API
 * @param rateLimit how many requests each caller may make
 * @param web       what the web app needs to know to sign people in
 */
@ConfigurationProperties("virksomhetsplan.gateway")
record GatewayProperties(@DefaultValue Cors cors, @DefaultValue RateLimit rateLimit, @DefaultValue Web web) {

    /**
     * @param clientId          the public OIDC client of the web app in every municipality's realm
     * @param municipalityNames the name shown for each tenant on the web app's sign-in page (the tenant id if absent)
     */
    record Web(@DefaultValue("virksomhetsplan-web") String clientId, @DefaultValue Map<String, String> municipalityNames) {
    }

    /**
     * @param allowedOrigins exact origins (scheme://host[:port]) allowed to call {@code /api/**} from a browser
     * @param maxAge         how long a browser may cache a preflight answer
     */
    record Cors(@DefaultValue("http://localhost:8080") List<String> allowedOrigins, @DefaultValue("1h") Duration maxAge) {
    }

    /**
     * A token bucket per caller: {@code burst} requests at once, refilled at {@code perSecond}.
     *
     * @param enabled false turns rate limiting off
     * @param people  the limit of each person (per tenant and subject)
     * @param clients the limit of each fagsystem client (per tenant and client id)
     */
    record RateLimit(@DefaultValue("true") boolean enabled, Limit people, Limit clients) {

        RateLimit {
            people = people != null ? people : new Limit(120, 20);
            clients = clients != null ? clients : new Limit(300, 50);
        }
    }

    record Limit(int burst, double perSecond) {

        Limit {
            if (burst < 1 || perSecond <= 0) {
                throw new IllegalArgumentException("a rate limit needs burst >= 1 and perSecond > 0");
            }
        }
    }
}
