package no.virksomhetsplan.checklists.template.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import no.virksomhetsplan.checklists.template.domain.Area;
import no.virksomhetsplan.checklists.template.domain.Category;
import no.virksomhetsplan.checklists.template.domain.Checkpoint;
import no.virksomhetsplan.checklists.template.domain.Question;
import no.virksomhetsplan.checklists.template.domain.QuestionType;
import no.virksomhetsplan.checklists.template.domain.TemplateContent;
import no.virksomhetsplan.checklists.template.domain.TemplateId;
import no.virksomhetsplan.checklists.template.domain.TemplateVersion;
import no.virksomhetsplan.checklists.template.domain.Templates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Templates in {@code checklist_template} and their versions in {@code checklist_template_version}, the structure as
 * JSON. Versions never change, so each one read is kept in memory: the overview reads its questions on every call.
 */
@Repository
class JdbcTemplates implements Templates {

    private record QuestionJson(UUID id, String text, String type, boolean required) {
    }

    private record CheckpointJson(String title, List<QuestionJson> questions) {
    }

    private record CategoryJson(String title, List<CheckpointJson> checkpoints) {
    }

    private record Key(String tenant, UUID template, int version) {
    }

    private static final int CACHED_VERSIONS = 2_000;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Map<Key, TemplateVersion> versions = new ConcurrentHashMap<>();

    JdbcTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.json = JsonMapper.builder().build();
    }

    @Override
    public void add(String tenant, TemplateVersion version) {
        if (version.version() == 1) {
            jdbc.sql("""
                    insert into checklist_template (tenant_id, id, latest_version, created_by, created_at, changed_at)
                    values (:tenant, :id, 1, :by, :at, :at)""")
                    .param("tenant", tenant).param("id", version.templateId().value()).param("by", version.createdBy())
                    .param("at", Timestamp.from(version.createdAt())).update();
        } else {
            int updated = jdbc.sql("""
                    update checklist_template set latest_version = :version, changed_at = :at
                    where tenant_id = :tenant and id = :id and latest_version = :version - 1""")
                    .param("tenant", tenant).param("id", version.templateId().value()).param("version", version.version())
                    .param("at", Timestamp.from(version.createdAt())).update();
            if (updated != 1) {
                throw new IllegalStateException("template " + version.templateId() + " is not at version " + (version.version() - 1));
            }
        }
        TemplateContent content = version.content();
        jdbc.sql("""
                insert into checklist_template_version (tenant_id, template_id, version, name, area, description, structure,
                    created_by, created_at)
                values (:tenant, :id, :version, :name, :area, :description, cast(:structure as jsonb), :by, :at)""")
                .param("tenant", tenant).param("id", version.templateId().value()).param("version", version.version())
                .param("name", content.name()).param("area", content.area().name()).param("description", content.description())
                .param("structure", json.writeValueAsString(structure(content.categories())))
                .param("by", version.createdBy()).param("at", Timestamp.from(version.createdAt())).update();
    }

    @Override
    public Optional<TemplateVersion> latest(String tenant, TemplateId id) {
        return jdbc.sql("select latest_version from checklist_template where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", id.value()).query(Integer.class).optional()
                .flatMap(version -> version(tenant, id, version));
    }

    @Override
    public Optional<TemplateVersion> latestForUpdate(String tenant, TemplateId id) {
        return jdbc.sql("select latest_version from checklist_template where tenant_id = :tenant and id = :id for update")
                .param("tenant", tenant).param("id", id.value()).query(Integer.class).optional()
                .flatMap(version -> version(tenant, id, version));
    }

    @Override
    public Optional<TemplateVersion> version(String tenant, TemplateId id, int version) {
        Key key = new Key(tenant, id.value(), version);
        TemplateVersion cached = versions.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<TemplateVersion> read = jdbc.sql("""
                select * from checklist_template_version where tenant_id = :tenant and template_id = :id and version = :version""")
                .param("tenant", tenant).param("id", id.value()).param("version", version)
                .query(this::map).optional();
        read.ifPresent(found -> {
            if (versions.size() >= CACHED_VERSIONS) {
                versions.clear();
            }
            versions.put(key, found);
        });
        return read;
    }

    @Override
    public List<TemplateVersion> allLatest(String tenant) {
        return jdbc.sql("""
                select v.* from checklist_template t
                join checklist_template_version v on v.tenant_id = t.tenant_id and v.template_id = t.id and v.version = t.latest_version
                where t.tenant_id = :tenant order by v.name, t.id""")
                .param("tenant", tenant).query(this::map).list();
    }

    private TemplateVersion map(ResultSet rs, int n) throws SQLException {
        List<CategoryJson> categories = List.of(json.readValue(rs.getString("structure"), CategoryJson[].class));
        TemplateContent content = new TemplateContent(rs.getString("name"), Area.valueOf(rs.getString("area")),
                rs.getString("description"), categories.stream()
                        .map(category -> new Category(category.title(), category.checkpoints().stream()
                                .map(checkpoint -> new Checkpoint(checkpoint.title(), checkpoint.questions().stream()
                                        .map(q -> new Question(q.id(), q.text(), QuestionType.valueOf(q.type()), q.required()))
                                        .toList()))
                                .toList()))
                        .toList());
        return new TemplateVersion(new TemplateId(rs.getObject("template_id", UUID.class)), rs.getInt("version"), content,
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }

    private static List<CategoryJson> structure(List<Category> categories) {
        return categories.stream()
                .map(category -> new CategoryJson(category.title(), category.checkpoints().stream()
                        .map(checkpoint -> new CheckpointJson(checkpoint.title(), checkpoint.questions().stream()
                                .map(q -> new QuestionJson(q.id(), q.text(), q.type().name(), q.required()))
                                .toList()))
                        .toList()))
                .toList();
    }
}
