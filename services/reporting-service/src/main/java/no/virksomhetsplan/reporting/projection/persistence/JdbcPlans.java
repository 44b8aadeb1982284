package no.virksomhetsplan.reporting.projection.persistence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.virksomhetsplan.contracts.plans.AssignmentLetterSent;
import no.virksomhetsplan.contracts.plans.GoalSourceData;
import no.virksomhetsplan.contracts.plans.LeaderAgreementAgreed;
import no.virksomhetsplan.contracts.plans.MeasureIndicatorData;
import no.virksomhetsplan.contracts.plans.UnitGoalsChanged;
import no.virksomhetsplan.reporting.projection.domain.Agreement;
import no.virksomhetsplan.reporting.projection.domain.Goal;
import no.virksomhetsplan.reporting.projection.domain.Letter;
import no.virksomhetsplan.reporting.projection.domain.MeasureIndicator;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Goals, the goals of each unit and year, letters and leader agreements, each replaced only by a newer version. */
@Repository
public class JdbcPlans {

    private static final TypeReference<List<MeasureIndicator>> INDICATORS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcPlans(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A goal's whole state, from a goal-created or goal-updated event. */
    public void goal(String tenant, UUID id, UUID parentId, UUID ownerUnitId, String title, String description,
            GoalSourceData source, int fromYear, int toYear, List<MeasureIndicatorData> indicators, long version) {
        List<MeasureIndicator> measures = indicators.stream().map(i -> new MeasureIndicator(i.indicatorId(), i.name(),
                i.unitOfMeasure(), i.targetValue(), i.direction(), i.yellowLimit(), i.indicatorKey())).toList();
        jdbc.sql("""
                insert into goal (tenant_id, id, parent_id, owner_unit_id, title, description, source_kind, source_name,
                                  from_year, to_year, indicators, version)
                values (:tenant, :id, :parent, :owner, :title, :description, :sourceKind, :sourceName, :from, :to,
                        cast(:indicators as jsonb), :version)
                on conflict (tenant_id, id) do update set
                    parent_id = excluded.parent_id, owner_unit_id = excluded.owner_unit_id, title = excluded.title,
                    description = excluded.description, source_kind = excluded.source_kind, source_name = excluded.source_name,
                    from_year = excluded.from_year, to_year = excluded.to_year, indicators = excluded.indicators,
                    version = excluded.version
                where goal.version < excluded.version""")
                .param("tenant", tenant).param("id", id).param("parent", parentId).param("owner", ownerUnitId)
                .param("title", title).param("description", description)
                .param("sourceKind", source == null ? null : source.kind())
                .param("sourceName", source == null ? null : source.name())
                .param("from", fromYear).param("to", toYear).param("indicators", json.writeValueAsString(measures))
                .param("version", version)
                .update();
    }

    public void unitGoals(String tenant, UnitGoalsChanged event) {
        jdbc.sql("""
                insert into unit_goals (tenant_id, unit_id, year, goal_ids, version)
                values (:tenant, :unit, :year, :goals, :version)
                on conflict (tenant_id, unit_id, year) do update set goal_ids = excluded.goal_ids, version = excluded.version
                where unit_goals.version < excluded.version""")
                .param("tenant", tenant).param("unit", event.unitId()).param("year", event.year())
                .param("goals", event.goalIds().toArray(UUID[]::new)).param("version", event.version())
                .update();
    }

    public void letter(String tenant, AssignmentLetterSent event) {
        var s = event.sections();
        jdbc.sql("""
                insert into letter (tenant_id, id, revision, year, from_unit_id, to_unit_id, title, sections, sent_at, sent_by,
                                    version)
                values (:tenant, :id, :revision, :year, :from, :to, :title, cast(:sections as jsonb), :sentAt, :sentBy, :version)
                on conflict (tenant_id, id) do update set
                    revision = excluded.revision, year = excluded.year, from_unit_id = excluded.from_unit_id,
                    to_unit_id = excluded.to_unit_id, title = excluded.title, sections = excluded.sections,
                    sent_at = excluded.sent_at, sent_by = excluded.sent_by, version = excluded.version
                where letter.version < excluded.version""")
                .param("tenant", tenant).param("id", event.letterId()).param("revision", event.revision())
                .param("year", event.year()).param("from", event.fromUnitId()).param("to", event.toUnitId())
                .param("title", event.title()).param("sections", json.writeValueAsString(s))
                .param("sentAt", Timestamp.from(event.sentAt())).param("sentBy", event.sentBy())
                .param("version", event.version())
                .update();
    }

    public void agreement(String tenant, LeaderAgreementAgreed event) {
        Instant agreedAt = event.leaderAcknowledgedAt().isAfter(event.superiorAcknowledgedAt())
                ? event.leaderAcknowledgedAt() : event.superiorAcknowledgedAt();
        jdbc.sql("""
                insert into leader_agreement (tenant_id, id, revision, year, unit_id, leader_username, superior_username,
                                              sections, agreed_at, version)
                values (:tenant, :id, :revision, :year, :unit, :leader, :superior, cast(:sections as jsonb), :agreedAt, :version)
                on conflict (tenant_id, id) do update set
                    revision = excluded.revision, year = excluded.year, unit_id = excluded.unit_id,
                    leader_username = excluded.leader_username, superior_username = excluded.superior_username,
                    sections = excluded.sections, agreed_at = excluded.agreed_at, version = excluded.version
                where leader_agreement.version < excluded.version""")
                .param("tenant", tenant).param("id", event.agreementId()).param("revision", event.revision())
                .param("year", event.year()).param("unit", event.unitId()).param("leader", event.leaderUsername())
                .param("superior", event.superiorUsername()).param("sections", json.writeValueAsString(event.sections()))
                .param("agreedAt", Timestamp.from(agreedAt)).param("version", event.version())
                .update();
    }

    /** The goals that apply to the unit in the year, as its superior ticked them, in title order. */
    public List<Goal> goalsOf(String tenant, UUID unitId, int year) {
        return jdbc.sql("""
                select g.* from unit_goals u join goal g on g.tenant_id = u.tenant_id and g.id = any(u.goal_ids)
                where u.tenant_id = :tenant and u.unit_id = :unit and u.year = :year order by g.title, g.id""")
                .param("tenant", tenant).param("unit", unitId).param("year", year)
                .query(goalRow()).list();
    }

    /** The latest sent letters to the unit for the year. */
    public List<Letter> lettersTo(String tenant, UUID unitId, int year) {
        return jdbc.sql("select * from letter where tenant_id = :tenant and to_unit_id = :unit and year = :year order by sent_at")
                .param("tenant", tenant).param("unit", unitId).param("year", year)
                .query((rs, n) -> {
                    Map<?, ?> s = json.readValue(rs.getString("sections"), Map.class);
                    Object budget = s.get("budgetFrame");
                    return new Letter(rs.getObject("id", UUID.class), rs.getInt("revision"), rs.getInt("year"),
                            rs.getObject("from_unit_id", UUID.class), rs.getObject("to_unit_id", UUID.class),
                            rs.getString("title"), text(s, "guidance"), text(s, "focusAreas"), text(s, "frames"),
                            budget == null ? null : new BigDecimal(budget.toString()), text(s, "routines"),
                            text(s, "internalControl"), rs.getTimestamp("sent_at").toInstant(), rs.getString("sent_by"));
                })
                .list();
    }

    /** The unit's agreed leader agreement for the year, the latest if there are several. */
    public Optional<Agreement> agreementOf(String tenant, UUID unitId, int year) {
        return jdbc.sql("""
                select * from leader_agreement where tenant_id = :tenant and unit_id = :unit and year = :year
                order by agreed_at desc limit 1""")
                .param("tenant", tenant).param("unit", unitId).param("year", year)
                .query((rs, n) -> {
                    Map<?, ?> s = json.readValue(rs.getString("sections"), Map.class);
                    return new Agreement(rs.getObject("id", UUID.class), rs.getInt("revision"), rs.getInt("year"),
                            rs.getObject("unit_id", UUID.class), rs.getString("leader_username"),
                            rs.getString("superior_username"), text(s, "goalsAndPriorities"), text(s, "development"),
                            text(s, "expectations"), rs.getTimestamp("agreed_at").toInstant());
                })
                .optional();
    }

    private RowMapper<Goal> goalRow() {
        return (rs, n) -> new Goal(rs.getObject("id", UUID.class), rs.getObject("owner_unit_id", UUID.class),
                rs.getString("title"), rs.getString("description"), rs.getString("source_name"), rs.getInt("from_year"),
                rs.getInt("to_year"), json.readValue(rs.getString("indicators"), INDICATORS));
    }

    private static String text(Map<?, ?> sections, String name) {
        Object value = sections.get(name);
        return value == null ? null : value.toString();
    }
}
