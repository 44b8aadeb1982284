package no.virksomhetsplan.checklists;

import no.virksomhetsplan.checklists.OrgTree.Unit;

/**
 * A small Fjordvik of a test's own: the municipality with its kommunedirektør, the sector Oppvekst with two schools and
 * the sector Helse, each unit with a leader (fresh usernames, so tests sharing the database stay apart).
 */
public final class Municipality {

    public final String kommunedirektor = ChecklistsApi.aUsername("kari.dir");
    public final String headOfOppvekst = ChecklistsApi.aUsername("ellen.sektor");
    public final String rektorNordskogen = ChecklistsApi.aUsername("per.berg");
    public final String rektorSjobakken = ChecklistsApi.aUsername("lise.lund");
    public final String headOfHelse = ChecklistsApi.aUsername("hans.helse");

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
        return ChecklistsApi.kommunedirektorOf(kommune, kommunedirektor);
    }

    public String headOfOppvekstToken() {
        return ChecklistsApi.headOf(oppvekst, headOfOppvekst);
    }

    public String rektorNordskogenToken() {
        return ChecklistsApi.leaderOf(nordskogen, rektorNordskogen);
    }

    public String rektorSjobakkenToken() {
        return ChecklistsApi.leaderOf(sjobakken, rektorSjobakken);
    }

    public String headOfHelseToken() {
        return ChecklistsApi.headOf(helse, headOfHelse);
    }
}
