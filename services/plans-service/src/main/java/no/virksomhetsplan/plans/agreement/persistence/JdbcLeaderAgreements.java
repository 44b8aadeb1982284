package no.virksomhetsplan.plans.agreement.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.virksomhetsplan.plans.agreement.domain.Acknowledgement;
import no.virksomhetsplan.plans.agreement.domain.AgreementRevision;
import no.virksomhetsplan.plans.agreement.domain.AgreementSections;
import no.virksomhetsplan.plans.agreement.domain.AgreementState;
import no.virksomhetsplan.plans.agreement.domain.LeaderAgreement;
import no.virksomhetsplan.plans.agreement.domain.LeaderAgreementId;
import no.virksomhetsplan.plans.agreement.domain.LeaderAgreements;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;
import no.virksomhetsplan.platform.domain.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agreements and their revisions in two tables, read together in one query, written one revision at a time. */
@Repository
class JdbcLeaderAgreements implements LeaderAgreements {

    private static final String SELECT = """
            select a.tenant_id, a.id, a.year, a.unit_id, a.leader_username, a.superior_username, a.version,
                   r.revision, r.state, r.goals_and_priorities, r.development, r.expectations, r.changed_at, r.changed_by,
                   r.leader_acknowledged_at, r.leader_acknowledged_by, r.superior_acknowledged_at, r.superior_acknowledged_by
            from leader_agreement a
            join leader_agreement_revision r on r.tenant_id = a.tenant_id and r.agreement_id = a.id
            """;
    private static final String ORDER = " order by a.created_at, a.id, r.revision";

    private final JdbcClient jdbc;

    JdbcLeaderAgreements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<LeaderAgreement> find(String tenant, LeaderAgreementId id) {
        return assemble(jdbc.sql(SELECT + "where a.tenant_id = :tenant and a.id = :id" + ORDER)
                .param("tenant", tenant).param("id", id.value())
                .query(JdbcLeaderAgreements::row).list()).stream().findFirst();
    }

    @Override
    public List<LeaderAgreement> ofYear(String tenant, int year) {
        return assemble(jdbc.sql(SELECT + "where a.tenant_id = :tenant and a.year = :year" + ORDER)
                .param("tenant", tenant).param("year", year)
                .query(JdbcLeaderAgreements::row).list());
    }

    @Override
    public List<LeaderAgreement> ofYearConcerning(String tenant, int year, Collection<OrgUnitId> units, String username) {
        String byUnit = units.isEmpty() ? "" : "a.unit_id in (:units) or ";
        var query = jdbc.sql(SELECT + "where a.tenant_id = :tenant and a.year = :year and (" + byUnit
                        + "a.leader_username = :username or a.superior_username = :username)" + ORDER)
                .param("tenant", tenant).param("year", year).param("username", username);
        if (!units.isEmpty()) {
            query = query.param("units", units.stream().map(OrgUnitId::value).toList());
        }
        return assemble(query.query(JdbcLeaderAgreements::row).list());
    }

    @Override
    public void add(LeaderAgreement agreement) {
        try {
            jdbc.sql("""
                    insert into leader_agreement (tenant_id, id, year, unit_id, leader_username, superior_username, version)
                    values (:tenant, :id, :year, :unit, :leader, :superior, :version)""")
                    .param("tenant", agreement.tenant()).param("id", agreement.id().value()).param("year", agreement.year())
                    .param("unit", agreement.unitId().value()).param("leader", agreement.leaderUsername())
                    .param("superior", agreement.superiorUsername()).param("version", agreement.version())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException(agreement.leaderUsername() + " already has a leader agreement for this unit for "
                    + agreement.year() + "; change that one instead.");
        }
        agreement.revisions().forEach(revision -> save(agreement, revision));
    }

    @Override
    public void update(LeaderAgreement agreement, AgreementRevision changed, long expectedVersion) {
        int updated = jdbc.sql("""
                update leader_agreement set version = :version
                where tenant_id = :tenant and id = :id and version = :expected""")
                .param("version", agreement.version()).param("tenant", agreement.tenant())
                .param("id", agreement.id().value()).param("expected", expectedVersion)
                .update();
        if (updated != 1) {
            throw new ConflictException("The agreement was changed by someone else meanwhile; reload it and try again.");
        }
        save(agreement, changed);
    }

    private void save(LeaderAgreement agreement, AgreementRevision revision) {
        Acknowledgement leader = revision.leaderAcknowledgement();
        Acknowledgement superior = revision.superiorAcknowledgement();
        jdbc.sql("""
                insert into leader_agreement_revision (tenant_id, agreement_id, revision, state, goals_and_priorities,
                    development, expectations, changed_at, changed_by, leader_acknowledged_at, leader_acknowledged_by,
                    superior_acknowledged_at, superior_acknowledged_by)
                values (:tenant, :agreement, :revision, :state, :goals, :development, :expectations, :changedAt, :changedBy,
                    :leaderAt, :leaderBy, :superiorAt, :superiorBy)
                on conflict (tenant_id, agreement_id, revision) do update set
                    state = excluded.state, goals_and_priorities = excluded.goals_and_priorities,
                    development = excluded.development, expectations = excluded.expectations,
                    changed_at = excluded.changed_at, changed_by = excluded.changed_by,
                    leader_acknowledged_at = excluded.leader_acknowledged_at,
                    leader_acknowledged_by = excluded.leader_acknowledged_by,
                    superior_acknowledged_at = excluded.superior_acknowledged_at,
                    superior_acknowledged_by = excluded.superior_acknowledged_by""")
                .param("tenant", agreement.tenant())
                .param("agreement", agreement.id().value())
                .param("revision", revision.number())
                .param("state", revision.state().name())
                .param("goals", revision.sections().goalsAndPriorities())
                .param("development", revision.sections().development())
                .param("expectations", revision.sections().expectations())
                .param("changedAt", Timestamp.from(revision.changedAt()))
                .param("changedBy", revision.changedBy())
                .param("leaderAt", leader == null ? null : Timestamp.from(leader.at()))
                .param("leaderBy", leader == null ? null : leader.by())
                .param("superiorAt", superior == null ? null : Timestamp.from(superior.at()))
                .param("superiorBy", superior == null ? null : superior.by())
                .update();
    }

    /** One row: a revision and the agreement it belongs to. */
    private record Row(LeaderAgreementId id, String tenant, int year, OrgUnitId unit, String leader, String superior,
            long version, AgreementRevision revision) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        var sections = new AgreementSections(rs.getString("goals_and_priorities"), rs.getString("development"),
                rs.getString("expectations"));
        var revision = new AgreementRevision(rs.getInt("revision"), AgreementState.valueOf(rs.getString("state")), sections,
                rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"),
                acknowledgement(rs.getString("leader_acknowledged_by"), rs.getTimestamp("leader_acknowledged_at")),
                acknowledgement(rs.getString("superior_acknowledged_by"), rs.getTimestamp("superior_acknowledged_at")));
        return new Row(new LeaderAgreementId(rs.getObject("id", UUID.class)), rs.getString("tenant_id"), rs.getInt("year"),
                new OrgUnitId(rs.getObject("unit_id", UUID.class)), rs.getString("leader_username"),
                rs.getString("superior_username"), rs.getLong("version"), revision);
    }

    private static Acknowledgement acknowledgement(String by, Timestamp at) {
        return at == null ? null : new Acknowledgement(by, at.toInstant());
    }

    /** Rows come ordered by agreement and revision; each agreement is one run of rows. */
    private static List<LeaderAgreement> assemble(List<Row> rows) {
        Map<LeaderAgreementId, List<Row>> byAgreement = new LinkedHashMap<>();
        rows.forEach(row -> byAgreement.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row));
        return byAgreement.values().stream().map(agreementRows -> {
            Row first = agreementRows.get(0);
            return new LeaderAgreement(first.id(), first.tenant(), first.year(), first.unit(), first.leader(),
                    first.superior(), agreementRows.stream().map(Row::revision).toList(), first.version());
        }).toList();
    }
}
