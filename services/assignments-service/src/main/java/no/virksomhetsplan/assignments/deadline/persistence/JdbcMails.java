package no.virksomhetsplan.assignments.deadline.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import no.virksomhetsplan.assignments.deadline.domain.Mail;
import no.virksomhetsplan.assignments.deadline.domain.Mails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcMails implements Mails {

    private final JdbcClient jdbc;

    JdbcMails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void enqueue(String tenant, Mail mail) {
        jdbc.sql("""
                insert into mail_out (tenant_id, recipient, address, subject, body)
                values (:tenant, :recipient, :address, :subject, :body)""")
                .param("tenant", tenant).param("recipient", mail.recipient()).param("address", mail.address())
                .param("subject", mail.subject()).param("body", mail.body())
                .update();
    }

    @Override
    public List<Pending> lockPending(Instant now, int limit) {
        return jdbc.sql("""
                select * from mail_out where sent_at is null and next_attempt_at <= :now
                order by seq limit :limit for update skip locked""")
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, n) -> new Pending(rs.getLong("seq"), new Mail(rs.getString("recipient"), rs.getString("address"),
                        rs.getString("subject"), rs.getString("body")), rs.getInt("attempts")))
                .list();
    }

    @Override
    public void sent(long id, Instant at) {
        jdbc.sql("update mail_out set sent_at = :at, last_error = null where seq = :id")
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    @Override
    public void failed(long id, String reason, Instant retryAt) {
        jdbc.sql("""
                update mail_out set attempts = attempts + 1, last_error = :reason,
                    next_attempt_at = coalesce(cast(:retryAt as timestamptz), 'infinity'::timestamptz)
                where seq = :id""")
                .param("reason", reason).param("retryAt", retryAt == null ? null : Timestamp.from(retryAt)).param("id", id)
                .update();
    }
}
