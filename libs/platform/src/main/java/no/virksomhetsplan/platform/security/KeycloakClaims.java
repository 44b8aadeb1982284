package no.virksomhetsplan.platform.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads Keycloak's access-token claims: realm roles ({@code realm_access.roles}), client roles
 * ({@code resource_access.<client>.roles}), and our {@code tenant} and {@code org_unit} claims.
 * Roles become authorities {@code ROLE_<role>}.
 */
public final class KeycloakClaims implements Converter<Jwt, AbstractAuthenticationToken> {

    public static final String TENANT = "tenant";
    public static final String ORG_UNIT = "org_unit";

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Collection<GrantedAuthority> authorities = roles(jwt).stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .collect(Collectors.toUnmodifiableSet());
        return new JwtAuthenticationToken(jwt, authorities, username(jwt));
    }

    public static Caller caller(Jwt jwt) {
        return new Caller(jwt.getSubject(), username(jwt), jwt.getClaimAsString(TENANT), jwt.getClaimAsString(ORG_UNIT), roles(jwt));
    }

    static Set<String> roles(Jwt jwt) {
        Set<String> roles = new HashSet<>(rolesIn(jwt.getClaimAsMap("realm_access")));
        Map<String, Object> clients = jwt.getClaimAsMap("resource_access");
        if (clients != null) {
            clients.values().forEach(client -> roles.addAll(rolesIn(client)));
        }
        return roles;
    }

    private static Set<String> rolesIn(Object access) {
        if (access instanceof Map<?, ?> map && map.get("roles") instanceof Collection<?> roles) {
            return roles.stream().map(String::valueOf).collect(Collectors.toSet());
        }
        return Set.of();
    }

    private static String username(Jwt jwt) {
        String username = jwt.getClaimAsString("preferred_username");
        return username != null ? username : jwt.getSubject();
    }
}
