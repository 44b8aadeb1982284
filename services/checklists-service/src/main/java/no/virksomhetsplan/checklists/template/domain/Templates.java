package no.virksomhetsplan.checklists.template.domain;

import java.util.List;
import java.util.Optional;

/** The templates of a municipality and their versions. */
public interface Templates {

    /** Adds a version: the first creates the template, a later one must be the next after the latest. */
    void add(String tenant, TemplateVersion version);

    Optional<TemplateVersion> latest(String tenant, TemplateId id);

    /** The latest version, locked until the transaction ends, so two revisions never both become version n + 1. */
    Optional<TemplateVersion> latestForUpdate(String tenant, TemplateId id);

    Optional<TemplateVersion> version(String tenant, TemplateId id, int version);

    /** The latest version of every template of the municipality, by name. */
    List<TemplateVersion> allLatest(String tenant);
}
