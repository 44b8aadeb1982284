package no.virksomhetsplan.testsupport;

import no.virksomhetsplan.testsupport.OrgTree.Unit;

/**
 * A small Fjordvik of a test's own: the municipality with its kommunedirektør, the sector Oppvekst with two schools and
 * the sector Helse, each unit with a leader (fresh usernames, so tests sharing the database stay apart).
 */
public final class Municipality {

    public final String kommunedirektor = People.aUsername("kari.dir");
    public final String headOfOppvekst = People.aUsername("ellen.sektor");
    public final String rektorNordskogen = People.aUsername("per.berg");
    public final String rektorSjobakken = People.aUsername("lise.lund");
    public final String headOfHelse = People.aUsername("hans.helse");

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
        return People.kommunedirektorOf(kommune, kommunedirektor);
    }

    public String headOfOppvekstToken() {
        return People.headOf(oppvekst, headOfOppvekst);
    }

    public String rektorNordskogenToken() {
        return People.leaderOf(nordskogen, rektorNordskogen);
    }

    public String rektorSjobakkenToken() {
        return People.leaderOf(sjobakken, rektorSjobakken);
    }

    public String headOfHelseToken() {
        return People.headOf(helse, headOfHelse);
    }

    public String politicianToken() {
        return People.aPersonIn(kommune, "politiker", People.aUsername("siri.politiker"));
    }

    public String employeeOfNordskogenToken() {
        return People.employeeOf(nordskogen, People.aUsername("ola.ansatt"));
    }
}
