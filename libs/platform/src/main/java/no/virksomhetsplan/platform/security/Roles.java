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

    /** Every role above; Keycloak's own roles (offline_access, the account client's roles) are not among them. */
    public static final java.util.Set<String> ALL = java.util.Set.of(ADMIN, KOMMUNEDIREKTOR, KOMMUNALSJEF, VIRKSOMHETSLEDER,
            MEDARBEIDER, POLITIKER, FAGSYSTEM);

    private Roles() {
    }
}
