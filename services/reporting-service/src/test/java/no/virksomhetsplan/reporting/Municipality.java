package no.virksomhetsplan.reporting;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.reporting.OrgTree.Unit;
import no.virksomhetsplan.testsupport.TestIssuer;

/**
 * A small Fjordvik of a test's own: the municipality with its kommunedirektør, the sector Oppvekst with two schools and
 * the sector Helse, each unit with a leader (fresh usernames, so tests sharing the database stay apart), and the
 * tokens of its people from the real Keycloak claim sets.
 */
public final class Municipality {

    private static final TestIssuer ISSUER = TestIssuer.shared();

    public final String kommunedirektor = aUsername("kari.dir");
    public final String headOfOppvekst = aUsername("ellen.sektor");
    public final String rektorNordskogen = aUsername("per.berg");
    public final String rektorSjobakken = aUsername("lise.lund");
    public final String headOfHelse = aUsername("hans.helse");

    public final Unit kommune;
    public final Unit oppvekst;
    public final Unit nordskogen;
    public final Unit sjobakken;
    public final Unit helse;

    public Municipality(OrgTree tree) {
        kommune = tree.top("Fjordvik kommune", kommunedirektor);
        oppvekst = tree.under(kommune, "Oppvekst og kultur", headOfOppvekst);
        nordskogen = tree.under(oppvekst, "Nordskogen skole", rektorNordskogen);
        sjobakken = tree.under(oppvekst, "Sjøbakken skole", rektorSjobakken);
        helse = tree.under(kommune, "Helse og velferd", headOfHelse);
    }

    public String kommunedirektorToken() {
        return aPersonIn(kommune, "kommunedirektor", kommunedirektor);
    }

    public String headOfOppvekstToken() {
        return aPersonIn(oppvekst, "kommunalsjef", headOfOppvekst);
    }

    public String rektorNordskogenToken() {
        return aPersonIn(nordskogen, "virksomhetsleder", rektorNordskogen);
    }

    public String rektorSjobakkenToken() {
        return aPersonIn(sjobakken, "virksomhetsleder", rektorSjobakken);
    }

    public String headOfHelseToken() {
        return aPersonIn(helse, "kommunalsjef", headOfHelse);
    }

    public String politicianToken() {
        return aPersonIn(kommune, "politiker", aUsername("siri.politiker"));
    }

    public String employeeOfNordskogenToken() {
        return aPersonIn(nordskogen, "medarbeider", aUsername("ola.ansatt"));
    }

    /** Someone in fjordvik whose own unit is {@code unit}, with one role and their own username. */
    public static String aPersonIn(Unit unit, String role, String username) {
        return ISSUER.token("fjordvik-medarbeider", Map.of(
                "org_unit", unit.code(),
                "preferred_username", username,
                "name", username,
                "email", username + "@fjordvik.kommune.local",
                "sub", UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString(),
                "realm_access", Map.of("roles", List.of(role))));
    }

    public static String aUsername(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8);
    }
}
