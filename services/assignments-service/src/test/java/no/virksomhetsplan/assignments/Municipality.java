package no.virksomhetsplan.assignments;

import no.virksomhetsplan.assignments.OrgTree.Unit;

/**
 * A small Fjordvik of a test's own: the municipality with its kommunedirektør, the sector Oppvekst with two schools and
 * the sector Helse, each unit with a leader (fresh usernames, so tests sharing the database stay apart).
 */
public final class Municipality {

    public final String kommunedirektor = AssignmentsApi.aUsername("kari.dir");
    public final String headOfOppvekst = AssignmentsApi.aUsername("ellen.sektor");
    public final String rektorNordskogen = AssignmentsApi.aUsername("per.berg");
    public final String rektorSjobakken = AssignmentsApi.aUsername("lise.lund");
    public final String headOfHelse = AssignmentsApi.aUsername("hans.helse");

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
        return AssignmentsApi.kommunedirektorOf(kommune, kommunedirektor);
    }

    public String headOfOppvekstToken() {
        return AssignmentsApi.headOf(oppvekst, headOfOppvekst);
    }

    public String rektorNordskogenToken() {
        return AssignmentsApi.leaderOf(nordskogen, rektorNordskogen);
    }

    public String rektorSjobakkenToken() {
        return AssignmentsApi.leaderOf(sjobakken, rektorSjobakken);
    }

    public String headOfHelseToken() {
        return AssignmentsApi.headOf(helse, headOfHelse);
    }
}
