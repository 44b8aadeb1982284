package no.virksomhetsplan.assignments.settings.persistence;

import java.util.List;
import no.virksomhetsplan.assignments.settings.domain.AssignmentType;
import no.virksomhetsplan.assignments.settings.domain.MunicipalitySettings;
import no.virksomhetsplan.assignments.settings.domain.ReminderRules;
import no.virksomhetsplan.assignments.settings.domain.SettingsReplica;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Settings as one row per municipality plus its assignment types; plan years as one row each. */
@Repository
class JdbcSettingsReplica implements SettingsReplica {

    private final JdbcClient jdbc;

    JdbcSettingsReplica(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public MunicipalitySettings settings(String tenant) {
        return jdbc.sql("select * from settings_replica where tenant_id = :tenant")
                .param("tenant", tenant)
                .query((rs, n) -> new MunicipalitySettings(rs.getString("language"), types(tenant),
                        new ReminderRules(rs.getInt("days_before_long"), rs.getInt("days_before_short"),
                                rs.getBoolean("weekly_digest"), rs.getInt("escalate_after_days")),
                        rs.getLong("version")))
                .optional()
                .orElse(MunicipalitySettings.DEFAULT);
    }

    @Override
    public void replace(String tenant, MunicipalitySettings settings) {
        ReminderRules rules = settings.reminders();
        int changed = jdbc.sql("""
                insert into settings_replica (tenant_id, language, days_before_long, days_before_short, weekly_digest,
                                              escalate_after_days, version)
                values (:tenant, :language, :long, :short, :digest, :escalate, :version)
                on conflict (tenant_id) do update set
                    language = excluded.language, days_before_long = excluded.days_before_long,
                    days_before_short = excluded.days_before_short, weekly_digest = excluded.weekly_digest,
                    escalate_after_days = excluded.escalate_after_days, version = excluded.version
                where settings_replica.version < excluded.version""")
                .param("tenant", tenant).param("language", settings.language())
                .param("long", rules.daysBeforeLongPeriods()).param("short", rules.daysBeforeShortPeriods())
                .param("digest", rules.weeklyDigest()).param("escalate", rules.escalateAfterDaysOverdue())
                .param("version", settings.version())
                .update();
        if (changed == 0) {
            return;
        }
        jdbc.sql("delete from assignment_type_replica where tenant_id = :tenant").param("tenant", tenant).update();
        int position = 0;
        for (AssignmentType type : settings.assignmentTypes()) {
            jdbc.sql("""
                    insert into assignment_type_replica (tenant_id, code, position, name_nb, name_nn, name_en, active)
                    values (:tenant, :code, :position, :nb, :nn, :en, :active)""")
                    .param("tenant", tenant).param("code", type.code()).param("position", position++)
                    .param("nb", type.nameNb()).param("nn", type.nameNn()).param("en", type.nameEn())
                    .param("active", type.active())
                    .update();
        }
    }

    @Override
    public boolean isClosed(String tenant, int year) {
        return jdbc.sql("select state from plan_year_replica where tenant_id = :tenant and year = :year")
                .param("tenant", tenant).param("year", year)
                .query(String.class).optional().map("CLOSED"::equals).orElse(false);
    }

    @Override
    public void planYear(String tenant, int year, String state, long version) {
        jdbc.sql("""
                insert into plan_year_replica (tenant_id, year, state, version) values (:tenant, :year, :state, :version)
                on conflict (tenant_id, year) do update set state = excluded.state, version = excluded.version
                where plan_year_replica.version < excluded.version""")
                .param("tenant", tenant).param("year", year).param("state", state).param("version", version)
                .update();
    }

    private List<AssignmentType> types(String tenant) {
        return jdbc.sql("select * from assignment_type_replica where tenant_id = :tenant order by position")
                .param("tenant", tenant)
                .query((rs, n) -> new AssignmentType(rs.getString("code"), rs.getString("name_nb"), rs.getString("name_nn"),
                        rs.getString("name_en"), rs.getBoolean("active")))
                .list();
    }
}
