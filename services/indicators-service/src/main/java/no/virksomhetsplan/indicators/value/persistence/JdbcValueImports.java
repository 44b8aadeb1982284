package no.virksomhetsplan.indicators.value.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.virksomhetsplan.indicators.value.domain.RejectionCode;
import no.virksomhetsplan.indicators.value.domain.ValueImport;
import no.virksomhetsplan.indicators.value.domain.ValueImports;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcValueImports implements ValueImports {

    private final JdbcClient jdbc;

    JdbcValueImports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void start(String tenant, UUID id, String createdBy, String fileName, int rowsTotal) {
        jdbc.sql("""
                insert into value_import (tenant_id, id, created_by, file_name, state, rows_total)
                values (:tenant, :id, :by, :file, 'RUNNING', :total)""")
                .param("tenant", tenant).param("id", id).param("by", createdBy).param("file", fileName).param("total", rowsTotal)
                .update();
    }

    @Override
    public void progress(String tenant, UUID id, int rowsDone, int stored, int unchanged, List<ValueImport.Problem> problems) {
        jdbc.sql("""
                update value_import set rows_done = rows_done + :done, stored = stored + :stored, unchanged = unchanged + :unchanged,
                                        refused = refused + :refused
                where tenant_id = :tenant and id = :id""")
                .param("done", rowsDone).param("stored", stored).param("unchanged", unchanged).param("refused", problems.size())
                .param("tenant", tenant).param("id", id)
                .update();
        if (problems.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into value_import_problem (tenant_id, import_id, row_number, code, message)
                select :tenant, :id, line, code, message
                from unnest(cast(:lines as int[]), cast(:codes as text[]), cast(:messages as text[])) as p(line, code, message)
                where (select count(*) from value_import_problem where tenant_id = :tenant and import_id = :id) < :max""")
                .param("tenant", tenant).param("id", id)
                .param("lines", problems.stream().map(ValueImport.Problem::line).toArray(Integer[]::new))
                .param("codes", problems.stream().map(problem -> problem.code().name()).toArray(String[]::new))
                .param("messages", problems.stream().map(ValueImport.Problem::message).toArray(String[]::new))
                .param("max", ValueImport.MAX_PROBLEMS)
                .update();
    }

    @Override
    public void finish(String tenant, UUID id, ValueImport.State state) {
        jdbc.sql("update value_import set state = :state, finished_at = now() where tenant_id = :tenant and id = :id")
                .param("state", state.name()).param("tenant", tenant).param("id", id)
                .update();
    }

    @Override
    public Optional<ValueImport> find(String tenant, UUID id) {
        List<ValueImport.Problem> problems = jdbc.sql("""
                select row_number, code, message from value_import_problem where tenant_id = :tenant and import_id = :id
                order by row_number limit :max""")
                .param("tenant", tenant).param("id", id).param("max", ValueImport.MAX_PROBLEMS)
                .query((rs, n) -> new ValueImport.Problem(rs.getInt(1), RejectionCode.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
        return jdbc.sql("select * from value_import where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", id)
                .query((rs, n) -> new ValueImport(rs.getObject("id", UUID.class), rs.getString("created_by"), rs.getString("file_name"),
                        ValueImport.State.valueOf(rs.getString("state")), rs.getInt("rows_total"), rs.getInt("rows_done"),
                        rs.getInt("stored"), rs.getInt("unchanged"), rs.getInt("refused"), problems))
                .optional();
    }
}
