package no.virksomhetsplan.assignments.deadline.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.assignments.assignment.domain.ItemId;
import no.virksomhetsplan.assignments.deadline.domain.AssignmentRef;
import no.virksomhetsplan.assignments.deadline.domain.DeadlineCandidates;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the partial index of open items by deadline. */
@Repository
class JdbcDeadlineCandidates implements DeadlineCandidates {

    private static final String OPEN = "status in ('NOT_STARTED', 'IN_PROGRESS', 'DELAYED')";
    private static final RowMapper<AssignmentRef> REF = (rs, n) -> new AssignmentRef(rs.getString("tenant_id"),
            new ItemId(rs.getObject("assignment_id", UUID.class)));

    private final JdbcClient jdbc;

    JdbcDeadlineCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AssignmentRef> withNewlyOverdueItems(LocalDate today, AssignmentRef after, int limit) {
        return page("overdue_since is null and deadline < :today", today, 0, after, limit);
    }

    @Override
    public List<AssignmentRef> needingNotice(LocalDate today, int maxDaysAhead, AssignmentRef after, int limit) {
        return page("((reminded_on is null and deadline >= :today and deadline <= cast(:today as date) + :ahead)"
                + " or (escalated_on is null and overdue_since is not null))", today, maxDaysAhead, after, limit);
    }

    @Override
    public List<String> tenantsWithResponsibles() {
        return jdbc.sql("select distinct tenant_id from work_item where " + OPEN + " and responsible is not null order by tenant_id")
                .query(String.class).list();
    }

    @Override
    public List<String> peopleWithOpenItems(String tenant) {
        return jdbc.sql("select distinct responsible from work_item where tenant_id = :tenant and " + OPEN
                        + " and responsible is not null and not responsible_left order by responsible")
                .param("tenant", tenant).query(String.class).list();
    }

    @Override
    public boolean claimDigest(String tenant, String username, LocalDate weekOf) {
        return jdbc.sql("""
                insert into weekly_digest (tenant_id, username, week_of) values (:tenant, :username, :week)
                on conflict do nothing""")
                .param("tenant", tenant).param("username", username).param("week", weekOf)
                .update() == 1;
    }

    private List<AssignmentRef> page(String condition, LocalDate today, int ahead, AssignmentRef after, int limit) {
        return jdbc.sql("select distinct tenant_id, assignment_id from work_item where " + OPEN + " and " + condition
                        + " and (tenant_id, assignment_id) > (:afterTenant, cast(:afterId as uuid))"
                        + " order by tenant_id, assignment_id limit :limit")
                .param("today", today).param("ahead", ahead)
                .param("afterTenant", after == null ? "" : after.tenant())
                .param("afterId", after == null ? new UUID(0, 0) : after.assignmentId().value())
                .param("limit", limit)
                .query(REF).list();
    }
}
