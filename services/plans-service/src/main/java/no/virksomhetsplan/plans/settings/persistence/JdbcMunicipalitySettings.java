package no.virksomhetsplan.plans.settings.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.virksomhetsplan.plans.settings.domain.AssignmentType;
import no.virksomhetsplan.plans.settings.domain.Labels;
import no.virksomhetsplan.plans.settings.domain.Language;
import no.virksomhetsplan.plans.settings.domain.MunicipalitySettings;
import no.virksomhetsplan.plans.settings.domain.MunicipalitySettingsStore;
import no.virksomhetsplan.plans.settings.domain.ReminderRules;
import no.virksomhetsplan.platform.domain.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Settings in three tables: the settings row (language, reminders, version), the terms, and the assignment types.
 * The row's version guards the whole; terms are rewritten, assignment types only ever inserted or updated.
 */
@Repository
class JdbcMunicipalitySettings implements MunicipalitySettingsStore {

    private static final String CONFLICT = "The settings were changed by someone else meanwhile; reload them and try again.";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcMunicipalitySettings(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One statement, so the row, its terms and its types come from one snapshot even while an administrator saves. */
    @Override
    public Optional<MunicipalitySettings> find(String tenant) {
        return jdbc.sql("""
                select s.*,
                    (select coalesce(json_agg(json_build_object('concept', t.concept, 'nb', t.nb, 'nn', t.nn, 'en', t.en)), '[]')
                     from municipality_term t where t.tenant_id = s.tenant_id) as terms,
                    (select coalesce(json_agg(json_build_object('code', a.code, 'nb', a.nb, 'nn', a.nn, 'en', a.en,
                                                                'active', a.active) order by a.position), '[]')
                     from assignment_type a where a.tenant_id = s.tenant_id) as types
                from municipality_settings s where s.tenant_id = :tenant""")
                .param("tenant", tenant)
                .query((rs, n) -> new MunicipalitySettings(tenant, Language.of(rs.getString("language")),
                        terms(rs.getString("terms")), types(rs.getString("types")),
                        new ReminderRules(rs.getInt("days_before_long_periods"), rs.getInt("days_before_short_periods"),
                                rs.getBoolean("weekly_digest"), rs.getInt("escalate_after_days_overdue")),
                        rs.getLong("version")))
                .optional();
    }

    @Override
    public void save(MunicipalitySettings settings, long expectedVersion, String changedBy) {
        String tenant = settings.tenant();
        ReminderRules reminders = settings.reminders();
        var row = expectedVersion == 0
                ? jdbc.sql("""
                        insert into municipality_settings (tenant_id, language, days_before_long_periods,
                            days_before_short_periods, weekly_digest, escalate_after_days_overdue, version, changed_by)
                        values (:tenant, :language, :long, :short, :digest, :escalate, :version, :by)""")
                : jdbc.sql("""
                        update municipality_settings set language = :language, days_before_long_periods = :long,
                            days_before_short_periods = :short, weekly_digest = :digest,
                            escalate_after_days_overdue = :escalate, version = :version, changed_at = now(), changed_by = :by
                        where tenant_id = :tenant and version = :expected""").param("expected", expectedVersion);
        int saved;
        try {
            saved = row.param("tenant", tenant).param("language", settings.language().code())
                    .param("long", reminders.daysBeforeLongPeriods()).param("short", reminders.daysBeforeShortPeriods())
                    .param("digest", reminders.weeklyDigest()).param("escalate", reminders.escalateAfterDaysOverdue())
                    .param("version", settings.version()).param("by", changedBy)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException(CONFLICT);
        }
        if (saved != 1) {
            throw new ConflictException(CONFLICT);
        }
        jdbc.sql("delete from municipality_term where tenant_id = :tenant").param("tenant", tenant).update();
        settings.terminology().forEach((concept, labels) -> jdbc.sql("""
                        insert into municipality_term (tenant_id, concept, nb, nn, en) values (:tenant, :concept, :nb, :nn, :en)""")
                .param("tenant", tenant).param("concept", concept)
                .param("nb", labels.nb()).param("nn", labels.nn()).param("en", labels.en())
                .update());
        List<AssignmentType> types = settings.assignmentTypes();
        for (int position = 0; position < types.size(); position++) {
            AssignmentType type = types.get(position);
            jdbc.sql("""
                    insert into assignment_type (tenant_id, code, position, nb, nn, en, active)
                    values (:tenant, :code, :position, :nb, :nn, :en, :active)
                    on conflict (tenant_id, code) do update set position = excluded.position, nb = excluded.nb,
                        nn = excluded.nn, en = excluded.en, active = excluded.active""")
                    .param("tenant", tenant).param("code", type.code()).param("position", position)
                    .param("nb", type.labels().nb()).param("nn", type.labels().nn()).param("en", type.labels().en())
                    .param("active", type.active())
                    .update();
        }
    }

    private Map<String, Labels> terms(String json) {
        Map<String, Labels> terms = new LinkedHashMap<>();
        this.json.readTree(json).forEach(term -> terms.put(term.get("concept").asString(), labels(term)));
        return terms;
    }

    private List<AssignmentType> types(String json) {
        return this.json.readTree(json).valueStream()
                .map(type -> new AssignmentType(type.get("code").asString(), labels(type), type.get("active").asBoolean()))
                .toList();
    }

    private static Labels labels(JsonNode node) {
        return new Labels(node.get("nb").asString(), node.get("nn").asString(), node.get("en").asString());
    }
}
