package no.virksomhetsplan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import no.virksomhetsplan.platform.security.SecurityProperties.KeycloakRealms;
import no.virksomhetsplan.platform.security.SecurityProperties.TrustedIssuer;
import no.virksomhetsplan.platform.security.TrustedIssuers.Lookup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which issuers are trusted, and what a flood of tokens naming invented realms costs: the rules of ADR 0014. */
class TrustedIssuersTest {

    private static final String REALMS = "https://login.example.org/realms/";
    private static final String INTERNAL = "http://keycloak:8080/realms/";

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final Map<String, Lookup> keycloak = new HashMap<>();
    private final List<String> lookups = new ArrayList<>();
    private final List<TrustedIssuer> created = new ArrayList<>();

    private TrustedIssuers<TrustedIssuer> issuers(KeycloakRealms realms) {
        var properties = new SecurityProperties("virksomhetsplan-api",
                List.of(new TrustedIssuer(REALMS + "fjordvik", "fjordvik", null)), realms, List.of());
        return new TrustedIssuers<>(properties, issuer -> {
            created.add(issuer);
            return issuer;
        }, jwkSetUri -> {
            lookups.add(jwkSetUri);
            String realm = jwkSetUri.replaceAll(".*/realms/([^/]+)/.*", "$1");
            return keycloak.getOrDefault(realm, Lookup.MISSING);
        }, now::get);
    }

    private static KeycloakRealms realms(int maxRealms, int maxUnknown, double perSecond, int burst) {
        return new KeycloakRealms(REALMS, INTERNAL, List.of("master"), maxRealms, Duration.ofSeconds(60), maxUnknown, perSecond,
                burst, Duration.ofSeconds(2));
    }

    private TrustedIssuers<TrustedIssuer> issuers() {
        return issuers(realms(1000, 10_000, 5, 20));
    }

    @Test
    void aListedIssuerIsKnownWithoutAskingKeycloak() {
        var issuers = issuers();

        assertThat(issuers.resolve(REALMS + "fjordvik")).extracting(TrustedIssuer::tenant).isEqualTo("fjordvik");
        assertThat(lookups).isEmpty();
    }

    @Test
    void aRealmUnderTheUrlIsTrustedWithItsNameAsTenantAndLookedUpOnce() {
        keycloak.put("vestby", Lookup.EXISTS);
        var issuers = issuers();

        assertThat(issuers.known(REALMS + "vestby")).isNull();
        TrustedIssuer vestby = issuers.resolve(REALMS + "vestby");
        for (int i = 0; i < 100; i++) {
            assertThat(issuers.resolve(REALMS + "vestby")).isSameAs(vestby);
        }

        assertThat(vestby.uri()).isEqualTo(REALMS + "vestby");
        assertThat(vestby.tenant()).isEqualTo("vestby");
        assertThat(vestby.jwkSetUriOrDefault()).isEqualTo(INTERNAL + "vestby/protocol/openid-connect/certs");
        assertThat(lookups).containsExactly(INTERNAL + "vestby/protocol/openid-connect/certs");
        assertThat(issuers.known(REALMS + "vestby")).isSameAs(vestby);
    }

    @Test
    void anUnknownRealmIsRefusedAndNotAskedForAgainForAWhile() {
        var issuers = issuers();

        assertThat(issuers.resolve(REALMS + "nowhere")).isNull();
        now.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(issuers.resolve(REALMS + "nowhere")).isNull();
        assertThat(lookups).hasSize(1);

        keycloak.put("nowhere", Lookup.EXISTS); // onboarded in the meantime
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(issuers.resolve(REALMS + "nowhere")).isNotNull();
        assertThat(lookups).hasSize(2);
    }

    @Test
    void aFailedLookUpIsNotRemembered() {
        keycloak.put("vestby", Lookup.FAILED);
        var issuers = issuers();

        assertThat(issuers.resolve(REALMS + "vestby")).isNull();
        keycloak.put("vestby", Lookup.EXISTS);
        assertThat(issuers.resolve(REALMS + "vestby")).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example.org/realms/vestby", REALMS + "master", REALMS + "Vestby", REALMS + "vestby/",
            REALMS + "vestby/../fjordvik", REALMS + "", REALMS + "-vestby", REALMS + "vest_by", REALMS + "vestby%2F..",
            "https://login.example.org/realms-other/vestby", "https://login.example.org/realms/vestby?x=1"})
    void namesThatCannotBeAMunicipalityRealmAreRefusedWithoutALookUp(String issuer) {
        keycloak.put("vestby", Lookup.EXISTS);
        keycloak.put("master", Lookup.EXISTS);
        var issuers = issuers();

        assertThat(issuers.underRealmsUrl(issuer)).isFalse();
        assertThat(issuers.resolve(issuer)).isNull();
        assertThat(lookups).isEmpty();
    }

    @Test
    void aRealmNameOfSixtyFourCharactersIsTooLong() {
        var issuers = issuers();
        assertThat(issuers.underRealmsUrl(REALMS + "a".repeat(63))).isTrue();
        assertThat(issuers.underRealmsUrl(REALMS + "a".repeat(64))).isFalse();
    }

    @Test
    void withoutAUrlOnlyListedIssuersAreTrusted() {
        keycloak.put("vestby", Lookup.EXISTS);
        var issuers = issuers(new KeycloakRealms(null, null, List.of("master"), 1000, Duration.ofSeconds(60), 10_000, 5, 20,
                Duration.ofSeconds(2)));

        assertThat(issuers.resolve(REALMS + "vestby")).isNull();
        assertThat(issuers.resolve(REALMS + "fjordvik")).isNotNull();
        assertThat(lookups).isEmpty();
    }

    @Test
    void aFloodOfInventedRealmsCostsBoundedLookUpsAndMemory() {
        var issuers = issuers(realms(1000, 500, 5, 20));

        for (int second = 0; second < 10; second++) {
            for (int i = 0; i < 1000; i++) {
                assertThat(issuers.resolve(REALMS + "invented-" + second + "-" + i)).isNull();
            }
            now.addAndGet(Duration.ofSeconds(1).toNanos());
        }

        // 10 000 tokens over 10 s: the burst, then 5 a second.
        assertThat(lookups).hasSizeLessThanOrEqualTo(20 + 5 * 10);
        assertThat(issuers.sizes().unknown()).isLessThanOrEqualTo(500);
        assertThat(issuers.sizes().realms()).isZero();
    }

    @Test
    void aRealRealmIsFoundAgainOnceTheFloodStops() {
        keycloak.put("vestby", Lookup.EXISTS);
        var issuers = issuers(realms(1000, 500, 5, 20));
        for (int i = 0; i < 100; i++) {
            issuers.resolve(REALMS + "invented-" + i);
        }
        assertThat(issuers.resolve(REALMS + "vestby")).as("no look-ups left during the flood").isNull();

        now.addAndGet(Duration.ofSeconds(1).toNanos());

        assertThat(issuers.resolve(REALMS + "vestby")).isNotNull();
    }

    @Test
    void atMostMaxRealmsAreKeptAndTheLeastRecentlyUsedIsLookedUpAgain() {
        for (int i = 0; i < 4; i++) {
            keycloak.put("k" + i, Lookup.EXISTS);
        }
        var issuers = issuers(realms(3, 500, 1000, 1000));
        issuers.resolve(REALMS + "k0");
        issuers.resolve(REALMS + "k1");
        issuers.resolve(REALMS + "k2");
        issuers.resolve(REALMS + "k0"); // used again: k1 is now the least recently used
        issuers.resolve(REALMS + "k3");

        assertThat(issuers.sizes().realms()).isEqualTo(3);
        assertThat(issuers.known(REALMS + "k1")).isNull();
        assertThat(issuers.known(REALMS + "k0")).isNotNull();
        assertThat(issuers.resolve(REALMS + "k1")).isNotNull();
        assertThat(lookups).hasSize(5);
    }
}
