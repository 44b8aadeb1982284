package no.virksomhetsplan.checklists.response.persistence;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.virksomhetsplan.checklists.distribution.domain.DistributionId;
import no.virksomhetsplan.checklists.response.domain.Answer;
import no.virksomhetsplan.checklists.response.domain.AnswerValue;
import no.virksomhetsplan.checklists.response.domain.Choice;
import no.virksomhetsplan.checklists.response.domain.Response;
import no.virksomhetsplan.checklists.response.domain.ResponseId;
import no.virksomhetsplan.checklists.response.domain.ResponseStatus;
import no.virksomhetsplan.checklists.response.domain.Responses;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Responses in {@code response}; answers appended to {@code answer}, the current one being the latest row. */
@Repository
class JdbcResponses implements Responses {

    private final JdbcClient jdbc;

    JdbcResponses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addAll(String tenant, List<Response> responses) {
        if (responses.isEmpty()) {
            return;
        }
        int n = responses.size();
        UUID[] ids = new UUID[n];
        UUID[] distributions = new UUID[n];
        UUID[] units = new UUID[n];
        String[] responsible = new String[n];
        for (int i = 0; i < n; i++) {
            Response response = responses.get(i);
            ids[i] = response.id().value();
            distributions[i] = response.distributionId().value();
            units[i] = response.unitId().value();
            responsible[i] = response.responsible();
        }
        jdbc.sql("""
                insert into response (tenant_id, id, distribution_id, unit_id, responsible, status, version, changed_at)
                select :tenant, id, distribution_id, unit_id, responsible, 'NOT_STARTED', 1, now()
                from unnest(cast(:ids as uuid[]), cast(:distributions as uuid[]), cast(:units as uuid[]), cast(:responsible as text[]))
                     as r(id, distribution_id, unit_id, responsible)""")
                .param("tenant", tenant).param("ids", ids).param("distributions", distributions).param("units", units)
                .param("responsible", responsible).update();
    }

    @Override
    public Optional<Response> find(String tenant, ResponseId id) {
        return jdbc.sql("select * from response where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", id.value()).query(JdbcResponses::map).optional();
    }

    @Override
    public Optional<Response> findForUpdate(String tenant, ResponseId id) {
        return jdbc.sql("select * from response where tenant_id = :tenant and id = :id for update")
                .param("tenant", tenant).param("id", id.value()).query(JdbcResponses::map).optional();
    }

    @Override
    public void update(String tenant, Response response) {
        int updated = jdbc.sql("""
                update response set status = :status, submitted_by = :by, submitted_at = :at, version = :version, changed_at = now()
                where tenant_id = :tenant and id = :id and version = :version - 1""")
                .param("tenant", tenant).param("id", response.id().value()).param("status", response.status().name())
                .param("by", response.submittedBy())
                .param("at", response.submittedAt() == null ? null : Timestamp.from(response.submittedAt()))
                .param("version", response.version()).update();
        if (updated != 1) {
            throw new IllegalStateException("response " + response.id() + " changed under a lock");
        }
    }

    @Override
    public void append(String tenant, ResponseId id, List<Answer> answers) {
        for (Answer answer : answers) {
            AnswerValue value = answer.value();
            jdbc.sql("""
                    insert into answer (tenant_id, response_id, question_id, text_value, checked, choice, number_value, reason,
                        comment, evidence, answered_by, answered_at)
                    values (:tenant, :response, :question, :text, :checked, :choice, :number, :reason, :comment,
                        cast(:evidence as text[]), :by, :at)""")
                    .param("tenant", tenant).param("response", id.value()).param("question", answer.questionId())
                    .param("text", value.text()).param("checked", value.checked())
                    .param("choice", value.choice() == null ? null : value.choice().name())
                    .param("number", value.number()).param("reason", value.reason()).param("comment", answer.comment())
                    .param("evidence", answer.evidence().toArray(String[]::new))
                    .param("by", answer.answeredBy()).param("at", Timestamp.from(answer.answeredAt())).update();
        }
    }

    @Override
    public Map<UUID, Answer> current(String tenant, ResponseId id) {
        Map<UUID, Answer> current = new LinkedHashMap<>();
        jdbc.sql("""
                select distinct on (question_id) * from answer where tenant_id = :tenant and response_id = :id
                order by question_id, seq desc""")
                .param("tenant", tenant).param("id", id.value()).query(JdbcResponses::answer).list()
                .forEach(answer -> current.put(answer.questionId(), answer));
        return current;
    }

    @Override
    public List<Answer> history(String tenant, ResponseId id) {
        return jdbc.sql("select * from answer where tenant_id = :tenant and response_id = :id order by seq")
                .param("tenant", tenant).param("id", id.value()).query(JdbcResponses::answer).list();
    }

    @Override
    public List<Response> forPerson(String tenant, String username, List<UUID> answeredUnits) {
        return jdbc.sql("""
                select r.* from response r join distribution d on d.tenant_id = r.tenant_id and d.id = r.distribution_id
                where r.tenant_id = :tenant and (r.responsible = :username or r.unit_id = any(:units))
                order by d.deadline desc, d.title, r.id limit 200""")
                .param("tenant", tenant).param("username", username).param("units", answeredUnits.toArray(UUID[]::new))
                .query(JdbcResponses::map).list();
    }

    @Override
    public List<Response> ofDistribution(String tenant, DistributionId id, int limit) {
        return jdbc.sql("select * from response where tenant_id = :tenant and distribution_id = :id order by unit_id limit :limit")
                .param("tenant", tenant).param("id", id.value()).param("limit", limit).query(JdbcResponses::map).list();
    }

    static Response map(ResultSet rs, int n) throws SQLException {
        Timestamp submittedAt = rs.getTimestamp("submitted_at");
        return new Response(new ResponseId(rs.getObject("id", UUID.class)), new DistributionId(rs.getObject("distribution_id", UUID.class)),
                new OrgUnitId(rs.getObject("unit_id", UUID.class)), rs.getString("responsible"),
                ResponseStatus.valueOf(rs.getString("status")), rs.getString("submitted_by"),
                submittedAt == null ? null : submittedAt.toInstant(), rs.getLong("version"));
    }

    private static Answer answer(ResultSet rs, int n) throws SQLException {
        String choice = rs.getString("choice");
        Object checked = rs.getObject("checked");
        BigDecimal number = rs.getBigDecimal("number_value");
        Array evidence = rs.getArray("evidence");
        List<String> links = evidence == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) evidence.getArray()));
        return new Answer(rs.getObject("question_id", UUID.class),
                new AnswerValue(rs.getString("text_value"), (Boolean) checked, choice == null ? null : Choice.valueOf(choice),
                        number == null ? null : number.stripTrailingZeros(), rs.getString("reason")),
                rs.getString("comment"), links, rs.getString("answered_by"), rs.getTimestamp("answered_at").toInstant());
    }
}
