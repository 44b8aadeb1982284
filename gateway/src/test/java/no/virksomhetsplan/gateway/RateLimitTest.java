package no.virksomhetsplan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * Each person and each fagsystem client has its own token bucket (the test context: people 50 at once and
 * 5 a second, clients 80 and 5): a burst above it is answered 429 with Retry-After before the service is
 * called, and nobody else notices.
 */
class RateLimitTest extends GatewayTestBase {

    private EntityExchangeResult<byte[]> get(String path, String token) {
        return web.get().uri(path).headers(headers -> headers.setBearerAuth(token)).exchange().expectBody().returnResult();
    }

    /** Requests until the first 429 (at most 500); returns how many passed and the refusal. */
    private Burst burst(String token) {
        long start = System.nanoTime();
        for (int passed = 0; passed < 500; passed++) {
            EntityExchangeResult<byte[]> result = get("/api/plans/units", token);
            if (result.getStatus().value() == 429) {
                long now = System.nanoTime();
                return new Burst(passed, result, (now - start) / 1e9, now);
            }
            assertThat(result.getStatus()).isEqualTo(HttpStatus.OK);
        }
        throw new AssertionError("no 429 after 500 requests");
    }

    /**
     * @param seconds how long the burst took: tokens come back meanwhile (5 a second in the test context)
     * @param refusedAt when the refusal arrived ({@link System#nanoTime}): the bucket refills from then on
     */
    record Burst(int passed, EntityExchangeResult<byte[]> refusal, double seconds, long refusedAt) {

        /** The burst plus what was refilled while it ran, and no more. */
        void passedAsManyAsTheLimitAllows(int burst) {
            assertThat(passed).isBetween(burst, burst + (int) Math.ceil(seconds * 5) + 1);
        }
    }

    private static String person(String subject) {
        return ISSUER.token("fjordvik-admin", Map.of("sub", subject));
    }

    @Test
    void aBurstAboveThePersonsLimitIsRefusedWithRetryAfterAsProblemJson() {
        Burst burst = burst(person(UUID.randomUUID().toString()));

        burst.passedAsManyAsTheLimitAllows(50);
        EntityExchangeResult<byte[]> refusal = burst.refusal();
        assertThat(refusal.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(Long.parseLong(refusal.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 2L);
        assertThat(new String(refusal.getResponseBodyContent())).contains("\"status\":429").contains("\"instance\":\"/api/plans/units\"");
        assertThat(PLANS.calls()).hasSize(burst.passed());
    }

    @Test
    void otherPeopleAndTheSameSubjectInAnotherMunicipalityAreNotAffected() {
        String subject = UUID.randomUUID().toString();
        burst(person(subject));

        assertThat(get("/api/plans/units", person(UUID.randomUUID().toString())).getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(get("/api/plans/units", ISSUER.token("nordlia-admin", Map.of("sub", subject))).getStatus()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aFagsystemClientHasItsOwnLargerLimit() {
        String client = "fagsystem-" + UUID.randomUUID();
        String token = ISSUER.token("fjordvik-fagsystem", Map.of("azp", client, "sub", UUID.randomUUID().toString()));

        Burst burst = burst(token);

        burst.passedAsManyAsTheLimitAllows(80);
        assertThat(burst.refusal().getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotNull();
        // The limit follows the client id, not the token's subject: another token of the client finds the bucket
        // empty, with only what was refilled (5 a second) since the first burst was refused, not a fresh 80.
        String sameClient = ISSUER.token("fjordvik-fagsystem", Map.of("azp", client, "sub", UUID.randomUUID().toString()));
        int passed = burst(sameClient).passed();
        double elapsed = (System.nanoTime() - burst.refusedAt()) / 1e9;
        assertThat(passed).as("only what was refilled in %.1f s", elapsed).isLessThanOrEqualTo((int) Math.ceil(elapsed * 5) + 1);
    }
}
