package no.virksomhetsplan.plans.letter.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.virksomhetsplan.plans.letter.domain.AssignmentLetter;
import no.virksomhetsplan.plans.letter.domain.AssignmentLetterId;
import no.virksomhetsplan.plans.letter.domain.AssignmentLetters;
import no.virksomhetsplan.plans.letter.domain.LetterContent;
import no.virksomhetsplan.plans.letter.domain.LetterRevision;
import no.virksomhetsplan.plans.letter.domain.LetterSections;
import no.virksomhetsplan.plans.letter.domain.LetterState;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;
import no.virksomhetsplan.platform.domain.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Letters in two tables: the letter (who to whom, which year, its version) and its revisions. A letter is read with
 * all its revisions in one query; a change writes the letter's version and the one revision it touched.
 */
@Repository
class JdbcAssignmentLetters implements AssignmentLetters {

    private static final String SELECT = """
            select l.tenant_id, l.id, l.year, l.from_unit_id, l.to_unit_id, l.version,
                   r.revision, r.state, r.title, r.guidance, r.focus_areas, r.frames, r.budget_frame, r.routines,
                   r.internal_control, r.goal_ids, r.changed_at, r.changed_by, r.sent_at, r.sent_by,
                   r.acknowledged_at, r.acknowledged_by
            from assignment_letter l
            join assignment_letter_revision r on r.tenant_id = l.tenant_id and r.letter_id = l.id
            """;
    private static final String ORDER = " order by l.created_at, l.id, r.revision";

    private final JdbcClient jdbc;

    JdbcAssignmentLetters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<AssignmentLetter> find(String tenant, AssignmentLetterId id) {
        return assemble(jdbc.sql(SELECT + "where l.tenant_id = :tenant and l.id = :id" + ORDER)
                .param("tenant", tenant).param("id", id.value())
                .query(JdbcAssignmentLetters::row).list()).stream().findFirst();
    }

    @Override
    public List<AssignmentLetter> ofYear(String tenant, int year) {
        return assemble(jdbc.sql(SELECT + "where l.tenant_id = :tenant and l.year = :year" + ORDER)
                .param("tenant", tenant).param("year", year)
                .query(JdbcAssignmentLetters::row).list());
    }

    @Override
    public List<AssignmentLetter> ofYearTo(String tenant, int year, Collection<OrgUnitId> toUnits) {
        if (toUnits.isEmpty()) {
            return List.of();
        }
        return assemble(jdbc.sql(SELECT + "where l.tenant_id = :tenant and l.year = :year and l.to_unit_id in (:units)" + ORDER)
                .param("tenant", tenant).param("year", year).param("units", toUnits.stream().map(OrgUnitId::value).toList())
                .query(JdbcAssignmentLetters::row).list());
    }

    @Override
    public void add(AssignmentLetter letter) {
        try {
            jdbc.sql("""
                    insert into assignment_letter (tenant_id, id, year, from_unit_id, to_unit_id, version)
                    values (:tenant, :id, :year, :from, :to, :version)""")
                    .param("tenant", letter.tenant()).param("id", letter.id().value()).param("year", letter.year())
                    .param("from", letter.fromUnitId().value()).param("to", letter.toUnitId().value())
                    .param("version", letter.version())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("The sending unit already has an assignment letter to this unit for "
                    + letter.year() + "; change that letter instead.");
        }
        letter.revisions().forEach(revision -> save(letter, revision));
    }

    @Override
    public void update(AssignmentLetter letter, LetterRevision changed, long expectedVersion) {
        int updated = jdbc.sql("""
                update assignment_letter set version = :version
                where tenant_id = :tenant and id = :id and version = :expected""")
                .param("version", letter.version()).param("tenant", letter.tenant()).param("id", letter.id().value())
                .param("expected", expectedVersion)
                .update();
        if (updated != 1) {
            throw new ConflictException("The letter was changed by someone else meanwhile; reload it and try again.");
        }
        save(letter, changed);
    }

    private void save(AssignmentLetter letter, LetterRevision revision) {
        LetterSections sections = revision.content().sections();
        jdbc.sql("""
                insert into assignment_letter_revision (tenant_id, letter_id, revision, state, title, guidance, focus_areas,
                    frames, budget_frame, routines, internal_control, goal_ids, changed_at, changed_by, sent_at, sent_by,
                    acknowledged_at, acknowledged_by)
                values (:tenant, :letter, :revision, :state, :title, :guidance, :focusAreas, :frames, :budgetFrame,
                    :routines, :internalControl, cast(:goalIds as uuid[]), :changedAt, :changedBy, :sentAt, :sentBy,
                    :acknowledgedAt, :acknowledgedBy)
                on conflict (tenant_id, letter_id, revision) do update set
                    state = excluded.state, title = excluded.title, guidance = excluded.guidance,
                    focus_areas = excluded.focus_areas, frames = excluded.frames, budget_frame = excluded.budget_frame,
                    routines = excluded.routines, internal_control = excluded.internal_control,
                    goal_ids = excluded.goal_ids, changed_at = excluded.changed_at, changed_by = excluded.changed_by,
                    sent_at = excluded.sent_at, sent_by = excluded.sent_by, acknowledged_at = excluded.acknowledged_at,
                    acknowledged_by = excluded.acknowledged_by""")
                .param("tenant", letter.tenant())
                .param("letter", letter.id().value())
                .param("revision", revision.number())
                .param("state", revision.state().name())
                .param("title", revision.content().title())
                .param("guidance", sections.guidance())
                .param("focusAreas", sections.focusAreas())
                .param("frames", sections.frames())
                .param("budgetFrame", sections.budgetFrame())
                .param("routines", sections.routines())
                .param("internalControl", sections.internalControl())
                .param("goalIds", revision.content().goalIds().stream().map(UUID::toString).toArray(String[]::new))
                .param("changedAt", timestamp(revision.changedAt()))
                .param("changedBy", revision.changedBy())
                .param("sentAt", timestamp(revision.sentAt()))
                .param("sentBy", revision.sentBy())
                .param("acknowledgedAt", timestamp(revision.acknowledgedAt()))
                .param("acknowledgedBy", revision.acknowledgedBy())
                .update();
    }

    /** One row: a revision and the letter it belongs to. */
    private record Row(AssignmentLetterId id, String tenant, int year, OrgUnitId from, OrgUnitId to, long version,
            LetterRevision revision) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        var sections = new LetterSections(rs.getString("guidance"), rs.getString("focus_areas"), rs.getString("frames"),
                rs.getBigDecimal("budget_frame"), rs.getString("routines"), rs.getString("internal_control"));
        var content = new LetterContent(rs.getString("title"), sections, uuids(rs.getArray("goal_ids")));
        var revision = new LetterRevision(rs.getInt("revision"), LetterState.valueOf(rs.getString("state")), content,
                instant(rs.getTimestamp("changed_at")), rs.getString("changed_by"),
                instant(rs.getTimestamp("sent_at")), rs.getString("sent_by"),
                instant(rs.getTimestamp("acknowledged_at")), rs.getString("acknowledged_by"));
        return new Row(new AssignmentLetterId(rs.getObject("id", UUID.class)), rs.getString("tenant_id"), rs.getInt("year"),
                new OrgUnitId(rs.getObject("from_unit_id", UUID.class)), new OrgUnitId(rs.getObject("to_unit_id", UUID.class)),
                rs.getLong("version"), revision);
    }

    /** Rows come ordered by letter and revision; each letter is one run of rows. */
    private static List<AssignmentLetter> assemble(List<Row> rows) {
        Map<AssignmentLetterId, List<Row>> byLetter = new LinkedHashMap<>();
        rows.forEach(row -> byLetter.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row));
        return byLetter.values().stream().map(letterRows -> {
            Row first = letterRows.get(0);
            return new AssignmentLetter(first.id(), first.tenant(), first.year(), first.from(), first.to(),
                    letterRows.stream().map(Row::revision).toList(), first.version());
        }).toList();
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray())
                .map(value -> value instanceof UUID uuid ? uuid : UUID.fromString(value.toString()))
                .toList();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
