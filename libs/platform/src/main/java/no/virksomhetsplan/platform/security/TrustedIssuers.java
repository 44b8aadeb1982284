package no.virksomhetsplan.platform.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.virksomhetsplan.platform.security.SecurityProperties.KeycloakRealms;
import no.virksomhetsplan.platform.security.SecurityProperties.TrustedIssuer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The issuers whose tokens are accepted, each with what checks its tokens ({@code M}: a servlet or a reactive
 * authentication manager). The listed issuers are set up at start. When {@code keycloak-realms.url} is set, a
 * realm under it is looked up in Keycloak the first time one of its tokens arrives (ADR 0014):
 * <ul>
 *   <li>the issuer must be the prefix plus a realm name that can be a tenant id (lower case, digits, inner hyphens,
 *       at most 63 characters) and is not excluded ({@code master});</li>
 *   <li>a realm whose keys Keycloak serves is kept, tenant = realm name, up to {@code max-realms} (least recently
 *       used dropped first, and looked up again when it returns);</li>
 *   <li>a realm Keycloak does not know is refused without asking again for {@code unknown-for}, and at most
 *       {@code max-unknown} such names are remembered;</li>
 *   <li>look-ups are rationed by a token bucket, so invented names cannot make the services hammer Keycloak; when
 *       the bucket is empty an unseen realm is refused (the caller may retry a moment later).</li>
 * </ul>
 * Nothing here trusts a token: it only decides which keys and which tenant a token is checked against.
 */
public final class TrustedIssuers<M> {

    /** A realm name usable as a tenant id: like a DNS label, lower case. */
    static final Pattern REALM_NAME = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private static final Logger LOG = LoggerFactory.getLogger(TrustedIssuers.class);

    /** What a look-up found out about a realm. */
    public enum Lookup {
        /** Keycloak serves the realm's signing keys. */
        EXISTS,
        /** Keycloak answered, and has no such realm. */
        MISSING,
        /** No answer (Keycloak down, timeout): not remembered, the next token asks again. */
        FAILED
    }

    /** Asks Keycloak whether a realm exists, given its JWK set URI. */
    @FunctionalInterface
    public interface RealmLookup {
        Lookup lookup(String jwkSetUri);
    }

    private final Map<String, M> listed;
    private final KeycloakRealms realms;
    private final Function<TrustedIssuer, M> managers;
    private final RealmLookup lookup;
    private final LongSupplier nanoTime;

    /** Realms found under the prefix, by issuer, least recently used first. Guarded by {@code this}. */
    private final LinkedHashMap<String, M> found = new LinkedHashMap<>(16, 0.75f, true);
    /** Names Keycloak did not know, by issuer, with the time (nanoTime) until which they are refused. Guarded by {@code this}. */
    private final LinkedHashMap<String, Long> unknownUntil = new LinkedHashMap<>();
    private double lookupTokens;
    private long refilledAt;
    /** Refusals for want of a look-up since the last warning, and when that was: one warning per 10 s, not per token. */
    private long rationedSinceWarning;
    private long lastRationWarning;

    public TrustedIssuers(SecurityProperties properties, Function<TrustedIssuer, M> managers, RealmLookup lookup,
            LongSupplier nanoTime) {
        this.managers = managers;
        this.realms = properties.keycloakRealms();
        this.lookup = lookup;
        this.nanoTime = nanoTime;
        this.listed = properties.issuers().stream()
                .collect(Collectors.toUnmodifiableMap(TrustedIssuer::uri, managers));
        this.lookupTokens = realms.lookupBurst();
        this.refilledAt = nanoTime.getAsLong();
    }

    /** With Keycloak's JWKS endpoint as the look-up and the system clock. */
    public static <M> TrustedIssuers<M> of(SecurityProperties properties, Function<TrustedIssuer, M> managers) {
        return new TrustedIssuers<>(properties, managers, new JwkSetLookup(properties.keycloakRealms().lookupTimeout()),
                System::nanoTime);
    }

    /** Without any I/O: the manager of a listed issuer or of a realm already found; null otherwise. */
    public M known(String issuer) {
        M manager = listed.get(issuer);
        if (manager != null) {
            return manager;
        }
        synchronized (this) {
            return found.get(issuer);
        }
    }

    /** Whether {@link #resolve} could trust this issuer, after a look-up: it names a realm under the prefix. */
    public boolean underRealmsUrl(String issuer) {
        return realmOf(issuer) != null;
    }

    /**
     * The manager for a token's issuer, looking the realm up in Keycloak when it is new (this may block for up to
     * the look-up timeout). Null when the issuer is not trusted: the token is then refused with 401.
     */
    public M resolve(String issuer) {
        M manager = known(issuer);
        if (manager != null) {
            return manager;
        }
        String realm = realmOf(issuer);
        if (realm == null) {
            return null;
        }
        synchronized (this) {
            long now = nanoTime.getAsLong();
            Long until = unknownUntil.get(issuer);
            if (until != null && until - now > 0) {
                return null;
            }
            unknownUntil.remove(issuer);
            if (!takeLookup(now)) {
                warnRationed(realm, now);
                return null;
            }
        }
        TrustedIssuer trusted = new TrustedIssuer(issuer, realm, realms.jwkPrefix() + realm + "/protocol/openid-connect/certs");
        Lookup result = lookup.lookup(trusted.jwkSetUriOrDefault());
        synchronized (this) {
            switch (result) {
                case EXISTS -> {
                    M existing = found.get(issuer);
                    if (existing != null) {
                        return existing;
                    }
                    M created = managers.apply(trusted);
                    found.put(issuer, created);
                    if (found.size() > realms.maxRealms()) {
                        var eldest = found.keySet().iterator();
                        LOG.info("Keys of realm {} dropped: more than {} realms in use", eldest.next(), realms.maxRealms());
                        eldest.remove();
                    }
                    LOG.info("Realm '{}' trusted from now on (tenant '{}', keys from {})", realm, realm, trusted.jwkSetUriOrDefault());
                    return created;
                }
                case MISSING -> {
                    unknownUntil.put(issuer, nanoTime.getAsLong() + realms.unknownFor().toNanos());
                    if (unknownUntil.size() > realms.maxUnknown()) {
                        var eldest = unknownUntil.keySet().iterator();
                        eldest.next();
                        eldest.remove();
                    }
                    LOG.debug("Token for realm '{}' refused: Keycloak has no such realm", realm);
                    return null;
                }
                default -> {
                    LOG.warn("Token for realm '{}' refused: its keys could not be fetched from {}", realm, trusted.jwkSetUriOrDefault());
                    return null;
                }
            }
        }
    }

    /** How many realms found under the prefix are kept, and how many unknown names are remembered. */
    public record Sizes(int realms, int unknown) {
    }

    public synchronized Sizes sizes() {
        return new Sizes(found.size(), unknownUntil.size());
    }

    private String realmOf(String issuer) {
        if (issuer == null || !realms.enabled()) {
            return null;
        }
        String prefix = realms.issuerPrefix();
        if (!issuer.startsWith(prefix)) {
            return null;
        }
        String realm = issuer.substring(prefix.length());
        if (!REALM_NAME.matcher(realm).matches() || realms.excluded().contains(realm)) {
            return null;
        }
        return realm;
    }

    private void warnRationed(String realm, long now) {
        rationedSinceWarning++;
        if (lastRationWarning == 0 || now - lastRationWarning >= 10_000_000_000L) {
            LOG.warn("{} token(s) for realms not seen before refused in the last while (the latest for '{}'): look-ups of new"
                    + " realms are rationed ({} per second) and none was left; a flood of invented realm names?",
                    rationedSinceWarning, realm, realms.lookupsPerSecond());
            rationedSinceWarning = 0;
            lastRationWarning = now;
        }
    }

    private boolean takeLookup(long now) {
        double elapsedSeconds = (now - refilledAt) / 1e9;
        refilledAt = now;
        lookupTokens = Math.min(realms.lookupBurst(), lookupTokens + elapsedSeconds * realms.lookupsPerSecond());
        if (lookupTokens < 1) {
            return false;
        }
        lookupTokens -= 1;
        return true;
    }
}
