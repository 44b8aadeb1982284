package no.virksomhetsplan.checklists.overview.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.virksomhetsplan.checklists.distribution.application.DistributionQueries;
import no.virksomhetsplan.checklists.distribution.domain.Distribution;
import no.virksomhetsplan.checklists.distribution.domain.DistributionId;
import no.virksomhetsplan.checklists.overview.domain.OverviewReads;
import no.virksomhetsplan.checklists.overview.domain.QuestionMeasure;
import no.virksomhetsplan.checklists.overview.domain.ResponseMeasure;
import no.virksomhetsplan.checklists.template.domain.Category;
import no.virksomhetsplan.checklists.template.domain.Checkpoint;
import no.virksomhetsplan.checklists.template.domain.Question;
import no.virksomhetsplan.checklists.template.domain.TemplateVersion;
import no.virksomhetsplan.checklists.template.domain.Templates;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.orgtree.OrgUnit;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;
import no.virksomhetsplan.platform.orgtree.UnitAccess;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;

/**
 * The status overview of a distribution for the caller's part of the tree: counter rows read by key (ADR 0022), never
 * the answers; the template version's questions come from memory.
 */
@Service
public class StatusOverview {

    static final int NOT_SUBMITTED_SHOWN = 50;

    private final DistributionQueries distributions;
    private final Templates templates;
    private final UnitAccess access;
    private final OverviewReads reads;

    StatusOverview(DistributionQueries distributions, Templates templates, UnitAccess access, OverviewReads reads) {
        this.distributions = distributions;
        this.templates = templates;
        this.access = access;
        this.reads = reads;
    }

    /** @param unitId the unit to look at; null for the top of the caller's part of the tree */
    public Overview of(Caller caller, DistributionId id, UUID unitId) {
        String tenant = caller.tenant();
        OrgUnit unit = unitId != null ? access.requireLeads(caller, new OrgUnitId(unitId))
                : access.topOfReach(caller).orElseThrow(() -> new NotFoundException("Your token names no unit you lead here."));
        Distribution distribution = distributions.require(caller, id);
        TemplateVersion template = templates.version(tenant, distribution.templateId(), distribution.templateVersion()).orElseThrow();
        UUID distributionId = id.value();

        Overview.Counts counts = counts(reads.responseCounts(tenant, distributionId, unit.id().value()));
        Map<UUID, Map<QuestionMeasure, Long>> questionCounts = reads.questionCounts(tenant, distributionId, unit.id().value());
        List<Overview.CategoryStatus> categories = new ArrayList<>();
        for (Category category : template.content().categories()) {
            List<Overview.CheckpointStatus> checkpoints = new ArrayList<>();
            long categoryAnswered = 0;
            long categoryExpected = 0;
            for (Checkpoint checkpoint : category.checkpoints()) {
                List<Overview.QuestionStatus> questions = new ArrayList<>();
                long checkpointAnswered = 0;
                for (Question question : checkpoint.questions()) {
                    Map<QuestionMeasure, Long> measures = questionCounts.getOrDefault(question.id(), Map.of());
                    long answered = measures.getOrDefault(QuestionMeasure.ANSWERED, 0L);
                    Map<String, Long> spread = new LinkedHashMap<>();
                    measures.forEach((measure, count) -> {
                        if (measure != QuestionMeasure.ANSWERED && count != 0) {
                            spread.put(measure.name(), count);
                        }
                    });
                    questions.add(new Overview.QuestionStatus(question.id(), question.text(), question.type().name(),
                            question.required(), answered, ratio(answered, counts.assigned()), spread));
                    checkpointAnswered += answered;
                }
                long expected = counts.assigned() * checkpoint.questions().size();
                checkpoints.add(new Overview.CheckpointStatus(checkpoint.title(), checkpointAnswered, expected,
                        ratio(checkpointAnswered, expected), questions));
                categoryAnswered += checkpointAnswered;
                categoryExpected += expected;
            }
            categories.add(new Overview.CategoryStatus(category.title(), categoryAnswered, categoryExpected,
                    ratio(categoryAnswered, categoryExpected), checkpoints));
        }

        List<Overview.ChildStatus> children = reads.childrenResponseCounts(tenant, distributionId, unit.id().value()).entrySet()
                .stream()
                .map(child -> new Overview.ChildStatus(new Overview.UnitRef(child.getKey().id(), child.getKey().name()),
                        counts(child.getValue())))
                .toList();

        String path = "/" + unit.lineage().stream().map(OrgUnitId::toString).collect(Collectors.joining("/")) + "/";
        List<OverviewReads.Unanswered> open = reads.notSubmitted(tenant, distributionId, path, 0, NOT_SUBMITTED_SHOWN + 1);
        List<Overview.Unanswered> notSubmitted = open.stream().limit(NOT_SUBMITTED_SHOWN)
                .map(u -> new Overview.Unanswered(u.responseId(), new Overview.UnitRef(u.unitId(), u.unitName()), u.status(),
                        u.responsible() != null ? u.responsible() : u.leader()))
                .toList();
        return new Overview(distributionId, distribution.title(), distribution.deadline(), distribution.closed(),
                new Overview.UnitRef(unit.id().value(), unit.name()), counts, categories, children, notSubmitted,
                open.size() > NOT_SUBMITTED_SHOWN);
    }

    /** The subtree's checklists not submitted yet, in tree order, a page at a time. */
    public List<Overview.Unanswered> notSubmitted(Caller caller, DistributionId id, UUID unitId, int page, int size) {
        OrgUnit unit = unitId != null ? access.requireLeads(caller, new OrgUnitId(unitId))
                : access.topOfReach(caller).orElseThrow(() -> new NotFoundException("Your token names no unit you lead here."));
        distributions.require(caller, id);
        String path = "/" + unit.lineage().stream().map(OrgUnitId::toString).collect(Collectors.joining("/")) + "/";
        return reads.notSubmitted(caller.tenant(), id.value(), path, page * size, size).stream()
                .map(u -> new Overview.Unanswered(u.responseId(), new Overview.UnitRef(u.unitId(), u.unitName()), u.status(),
                        u.responsible() != null ? u.responsible() : u.leader()))
                .toList();
    }

    private static Overview.Counts counts(Map<ResponseMeasure, Long> measures) {
        long assigned = measures.getOrDefault(ResponseMeasure.ASSIGNED, 0L);
        long submitted = measures.getOrDefault(ResponseMeasure.SUBMITTED, 0L);
        return new Overview.Counts(assigned, measures.getOrDefault(ResponseMeasure.NOT_STARTED, 0L),
                measures.getOrDefault(ResponseMeasure.DRAFT, 0L), submitted,
                measures.getOrDefault(ResponseMeasure.DEVIATIONS_OPEN, 0L), measures.getOrDefault(ResponseMeasure.DEVIATIONS_CLOSED, 0L),
                ratio(submitted, assigned));
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
    }
}
