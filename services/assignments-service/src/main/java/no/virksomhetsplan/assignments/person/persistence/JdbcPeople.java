package no.virksomhetsplan.assignments.person.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.virksomhetsplan.assignments.person.domain.People;
import no.virksomhetsplan.assignments.person.domain.Person;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPeople implements People {

    private static final RowMapper<Person> PERSON = (rs, n) -> new Person(rs.getString("username"), rs.getString("name"),
            rs.getString("email"), new OrgUnitId(rs.getObject("unit_id", UUID.class)), rs.getObject("left_on", LocalDate.class));

    private final JdbcClient jdbc;

    JdbcPeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Person> find(String tenant, String username) {
        return jdbc.sql("select * from person where tenant_id = :tenant and username = :username")
                .param("tenant", tenant).param("username", Person.normalise(username)).query(PERSON).optional();
    }

    @Override
    public List<Person> findAll(String tenant, Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from person where tenant_id = :tenant and username in (:usernames)")
                .param("tenant", tenant).param("usernames", usernames.stream().distinct().toList()).query(PERSON).list();
    }

    @Override
    public void save(String tenant, Person person) {
        jdbc.sql("""
                insert into person (tenant_id, username, name, email, unit_id, left_on)
                values (:tenant, :username, :name, :email, :unit, :leftOn)
                on conflict (tenant_id, username) do update set
                    name = excluded.name, email = excluded.email, unit_id = excluded.unit_id, left_on = excluded.left_on,
                    changed_at = now()""")
                .param("tenant", tenant).param("username", person.username()).param("name", person.name())
                .param("email", person.email()).param("unit", person.unitId().value()).param("leftOn", person.leftOn())
                .update();
    }

    @Override
    public List<Person> inUnits(String tenant, Collection<OrgUnitId> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from person where tenant_id = :tenant and unit_id in (:units) order by username")
                .param("tenant", tenant).param("units", units.stream().map(OrgUnitId::value).distinct().toList())
                .query(PERSON).list();
    }

    @Override
    public Optional<OrgUnitId> unitLedBy(String tenant, String username) {
        return jdbc.sql("""
                select unit_id from org_unit_replica
                where tenant_id = :tenant and lower(leader_username) = :username
                  and (closed_from is null or closed_from > current_date)
                order by length(path) limit 1""")
                .param("tenant", tenant).param("username", Person.normalise(username))
                .query((rs, n) -> new OrgUnitId(rs.getObject("unit_id", UUID.class))).optional();
    }
}
