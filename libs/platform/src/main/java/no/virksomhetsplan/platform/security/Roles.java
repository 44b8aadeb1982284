package no.virksomhetsplan.platform.security;

/** The realm roles of every municipality's Keycloak realm. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String KOMMUNEDIREKTOR = "kommunedirektor";
    public static final String KOMMUNALSJEF = "kommunalsjef";
    public static final String VIRKSOMHETSLEDER = "virksomhetsleder";
    public static final String MEDARBEIDER = "medarbeider";
    public static final String POLITIKER = "politiker";
    /** Machine clients of professional systems; they may only deliver indicator values. */
    public static final String FAGSYSTEM = "fagsystem";

    private Roles() {
    }
}
