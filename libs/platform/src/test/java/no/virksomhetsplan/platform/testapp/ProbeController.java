package no.virksomhetsplan.platform.testapp;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints that show what a service gets from the platform's web and security setup. */
@RestController
class ProbeController {

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbc;

    record Thing(@NotBlank String name, @Min(1) int size) {
    }

    @GetMapping("/api/probe/me")
    Caller me(Caller caller) {
        return caller;
    }

    @PostMapping("/api/probe/things")
    Thing create(@Valid @RequestBody Thing thing) {
        return thing;
    }

    @PostMapping("/api/probe/shelves/{shelf}/things")
    Thing shelve(@PathVariable @Min(1) int shelf, @Valid @RequestBody Thing thing) {
        return thing;
    }

    @GetMapping("/api/probe/missing")
    Thing missing() {
        throw new NotFoundException("No such thing in your municipality.");
    }

    /** A real PostgreSQL driver against a port where no server listens: what a service sees while its database restarts. */
    @GetMapping("/api/probe/database-down")
    Thing databaseDown() {
        var dataSource = new org.springframework.jdbc.datasource.DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/nowhere", "postgres", "postgres");
        var transactions = new org.springframework.transaction.support.TransactionTemplate(
                new org.springframework.jdbc.support.JdbcTransactionManager(dataSource));
        return transactions.execute(status -> org.springframework.jdbc.core.simple.JdbcClient.create(dataSource)
                .sql("select 'never', 1").query((rs, n) -> new Thing(rs.getString(1), rs.getInt(2))).single());
    }

    @GetMapping("/api/probe/search")
    Thing search(@org.springframework.web.bind.annotation.RequestParam String q) {
        return new Thing(q, 1);
    }

    /** A value validation let through and PostgreSQL refuses as data (SQLSTATE 22003, out of range). */
    @GetMapping("/api/probe/too-big")
    Thing tooBig() {
        return new Thing("big", jdbc.sql("select cast(:value as smallint)").param("value", 99_999).query(Integer.class).single());
    }

    @GetMapping("/api/probe/defect")
    Thing defect() {
        throw new IllegalStateException("secret internal detail at no.virksomhetsplan.Secret");
    }
}
