package no.virksomhetsplan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class KeycloakClaimsTest {

    private final Jwt unitLeader = Jwt.withTokenValue("token").header("alg", "RS256")
            .subject("0d6f4c1e").issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300))
            .claim("preferred_username", "per.berg")
            .claim("realm_access", Map.of("roles", List.of("virksomhetsleder", "offline_access")))
            .claim("resource_access", Map.of("virksomhetsplan-web", Map.of("roles", List.of("report-approver"))))
            .claim("tenant", "fjordvik")
            .claim("org_unit", "2110")
            .build();

    @Test
    void realmAndClientRolesBecomeAuthorities() {
        var authentication = new KeycloakClaims().convert(unitLeader);

        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_virksomhetsleder", "ROLE_offline_access", "ROLE_report-approver");
        assertThat(authentication.getName()).isEqualTo("per.berg");
    }

    @Test
    void theCallerCarriesTenantUnitAndRoles() {
        Caller caller = KeycloakClaims.caller(unitLeader);

        assertThat(caller.tenant()).isEqualTo("fjordvik");
        assertThat(caller.orgUnit()).isEqualTo("2110");
        assertThat(caller.hasRole(Roles.VIRKSOMHETSLEDER)).isTrue();
        assertThat(caller.hasAnyRole(Roles.ADMIN, Roles.KOMMUNEDIREKTOR)).isFalse();
        assertThat(caller.isMachine()).isFalse();
    }

    @Test
    void aTokenWithoutRolesHasNone() {
        Jwt bare = Jwt.withTokenValue("t").header("alg", "RS256").subject("s").claim("tenant", "fjordvik").build();

        assertThat(KeycloakClaims.caller(bare).roles()).isEmpty();
        assertThat(KeycloakClaims.caller(bare).username()).isEqualTo("s");
    }
}
